// The QR code the books print: one address as an inline SVG, black on white, the same bytes for the same address.
import QRCode from "qrcode";

/** The SVG of a QR code that opens `address` (error correction M: it still reads with a photocopier's smudges). */
export function qrSvg(address: string): Promise<string> {
  return QRCode.toString(address, { type: "svg", margin: 0, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#ffffff" } });
}
