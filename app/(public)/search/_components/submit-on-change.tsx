"use client";

import { useEffect, useRef } from "react";

// With JavaScript, ticking a filter applies it at once; without, the form's button does.
export function SubmitOnChange() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    const submit = () => form.requestSubmit();
    form.addEventListener("change", submit);
    return () => form.removeEventListener("change", submit);
  }, []);
  return <span ref={marker} hidden />;
}
