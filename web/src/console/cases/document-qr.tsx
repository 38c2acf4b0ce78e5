import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The portal page a document's QR code opens: progress, or rating on the result notice (absolute, from this site). */
export function qrTarget(qr: 'progress' | 'rate', caseNo: string, queryCode: string, origin: string = window.location.origin): string {
  const params = new URLSearchParams({ caseNo, code: queryCode });
  return `${origin}/${qr}?${params.toString()}`;
}

/** A QR code drawn in the browser as SVG (crisp on paper). */
export function DocumentQr({ url, caption }: { url: string; caption: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }).then((markup) => live && setSvg(markup));
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <figure className="ow-doc-qr" data-testid="document-qr" data-url={url}>
      {svg ? <div className="ow-doc-qr-code" dangerouslySetInnerHTML={{ __html: svg }} /> : <div className="ow-doc-qr-code" />}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
