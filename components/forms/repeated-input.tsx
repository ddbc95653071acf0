"use client";

import type { ComponentProps } from "react";
import { InputField } from "./fields";
import { useRepeatedField } from "./form-context";

type RepeatedInputProps = Omit<ComponentProps<typeof InputField>, "field"> & { index: number };

export function RepeatedInput({ index, ...props }: RepeatedInputProps) {
  return <InputField field={useRepeatedField(props.name, index)} {...props} />;
}
