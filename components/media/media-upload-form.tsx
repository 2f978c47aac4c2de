"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { controlClass, describedBy, FieldShell } from "@/components/ui/field-shell";
import { uploadFile, type UploadAnswer } from "./upload-file";

type Props = { exerciseId: string; hasMedia: boolean };

type Errors = { file?: string[]; altText?: string[] };

const MB = 1024 * 1024;
/**
 * Early answers before a byte is sent, from the browser's guess at the type. Only a convenience:
 * the server decides from the file's bytes (lib/media/media-type.ts).
 */
function precheck(file: File | undefined, altText: string): Errors {
  if (!file) return { file: ["Choose a picture or a video first."] };
  if (file.size === 0) return { file: ["The file is empty. Choose the picture or video again; nothing was saved."] };
  if (file.size > 50 * MB) return { file: ["This file is larger than 50 MB, the most Stride takes for a video. Nothing was saved."] };
  if (file.type.startsWith("image/") && file.size > 5 * MB) return { file: ["This picture is larger than 5 MB. Save it smaller and try again; nothing was saved."] };
  if (file.type.startsWith("image/") && altText.trim() === "") return { altText: ["Describe the picture for people who cannot see it."] };
  return {};
}

/** Uploads one picture (PNG, JPEG, WebP; 5 MB) or short video (MP4, WebM; 50 MB) with visible progress. */
export function MediaUploadForm({ exerciseId, hasMedia }: Props) {
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const fileId = useId();
  const altId = `${fileId}-alt`;

  function refuse(answer: Extract<UploadAnswer, { ok: false }> | { message: string; fieldErrors?: Errors }) {
    const fieldErrors = answer.fieldErrors ?? {};
    setErrors(fieldErrors);
    setMessage({ tone: "error", text: answer.message });
    (fieldErrors.altText ? document.getElementById(altId) : fileRef.current)?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    const altText = String(new FormData(event.currentTarget).get("altText") ?? "");
    const early = precheck(file, altText);
    if (!file || early.file || early.altText) {
      refuse({ message: early.file?.[0] ?? early.altText?.[0] ?? "Choose a file.", fieldErrors: early });
      return;
    }
    setErrors({});
    setMessage(null);
    setPercent(0);
    const answer = await uploadFile(`/api/media-uploads/${exerciseId}`, file, altText, setPercent);
    setPercent(null);
    if (!answer.ok) return refuse(answer);
    setMessage({ tone: "success", text: answer.message });
    if (fileRef.current) fileRef.current.value = "";
    router.refresh();
  }

  const busy = percent !== null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={busy}>
      <FieldShell
        id={fileId}
        label={hasMedia ? "Replace with a picture or video" : "Picture or video"}
        hint="A picture (PNG, JPEG or WebP, up to 5 MB) or a short video (MP4 or WebM, up to 50 MB)."
        errors={errors.file}
      >
        <input
          ref={fileRef}
          id={fileId}
          name="file"
          type="file"
          accept="image/png,image/jpeg,image/webp,video/mp4,video/webm"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={describedBy(fileId, "hint", errors.file)}
          className={controlClass(Boolean(errors.file))}
        />
      </FieldShell>
      <Field
        id={altId}
        label="Description of the picture (alt text)"
        name="altText"
        maxLength={300}
        hint="Required for pictures: what it shows, for people who cannot see it. Optional for videos."
        errors={errors.altText}
      />
      {busy ? (
        <div className="space-y-1">
          <label htmlFor={`${fileId}-progress`} className="text-sm text-slate-700">
            Uploading… {percent}%
          </label>
          <progress id={`${fileId}-progress`} max={100} value={percent} className="h-2 w-full" />
        </div>
      ) : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Button type="submit" disabled={busy}>
        {busy ? "Uploading…" : "Upload"}
      </Button>
    </form>
  );
}
