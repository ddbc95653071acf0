"use client";

import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { RevokeApiKeySchema } from "@/lib/admin/schemas";

// Behind a disclosure, so revoking takes a second, deliberate click (and works without JavaScript).
export function RevokeKeyForm({ apiKeyId, open, question, submitLabel, action }: { apiKeyId: number; open: string; question: string; submitLabel: string; action: FormAction }) {
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-red-800 underline">{open}</summary>
      <div className="mt-2 max-w-md rounded-md border border-red-200 bg-red-50 p-4">
        <p className="mb-3 text-red-900">{question}</p>
        <ZodForm schema={RevokeApiKeySchema} action={action} submitLabel={submitLabel}>
          <input type="hidden" name="apiKeyId" value={apiKeyId} />
        </ZodForm>
      </div>
    </details>
  );
}
