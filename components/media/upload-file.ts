export type UploadAnswer = { ok: true; message: string } | { ok: false; message: string; fieldErrors?: { file?: string[]; altText?: string[] } };

const CUT_OFF =
  "The upload stopped before it finished. If the file is large, make it smaller (pictures up to 5 MB, videos up to 50 MB) and try again; nothing was saved.";

/**
 * Sends one file's bytes to the upload route with XMLHttpRequest, whose upload progress events
 * (fetch has none for request bodies in every browser yet) drive the progress bar.
 */
export function uploadFile(url: string, file: File, altText: string, onProgress: (percent: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-Alt-Text", encodeURIComponent(altText));
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    });
    xhr.addEventListener("load", () => {
      let body: { ok?: boolean; message?: string; fieldErrors?: { file?: string[]; altText?: string[] } } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // a 404 page or a proxy's error page: answered below by status
      }
      if (xhr.status === 200 && body.ok) return resolve({ ok: true, message: body.message ?? "Saved." });
      const message =
        body.message ?? (xhr.status === 404 ? "This exercise cannot take a picture or video (it may be built-in or archived). Nothing was saved." : CUT_OFF);
      resolve({ ok: false, message, fieldErrors: body.fieldErrors ?? { file: [message] } });
    });
    xhr.addEventListener("error", () => resolve({ ok: false, message: CUT_OFF, fieldErrors: { file: [CUT_OFF] } }));
    xhr.send(file);
  });
}
