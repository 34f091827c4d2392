import sharp from 'sharp';
import type { AttachmentMediaType } from './media-type';

/** Images larger than this many pixels are refused before they are decoded (a decompression bomb). */
export const maxImagePixels = 50_000_000;

export type ImageType = Exclude<AttachmentMediaType, 'application/pdf'>;

export const isImageType = (type: AttachmentMediaType): type is ImageType =>
  type !== 'application/pdf';

/**
 * An image decoded and encoded again, in its own format, so nothing but its pixels survives:
 * no EXIF (GPS, camera, time), XMP, IPTC, ICC profile or comment, and no bytes hidden after the
 * picture. The EXIF orientation is applied to the pixels first, so the photo still stands up.
 * `maxEdgePixels` also shrinks it to fit a square of that side, which caps what is stored.
 * Null when the bytes are not a picture that decodes.
 */
export async function reencodeImage(
  bytes: Uint8Array,
  type: ImageType,
  options: { maxEdgePixels?: number } = {},
): Promise<Uint8Array | null> {
  try {
    let image = sharp(bytes, { limitInputPixels: maxImagePixels, failOn: 'error' }).rotate();
    if (options.maxEdgePixels) {
      const side = options.maxEdgePixels;
      image = image.resize(side, side, { fit: 'inside', withoutEnlargement: true });
    }
    const encoded =
      type === 'image/jpeg'
        ? image.jpeg({ quality: 85, mozjpeg: true })
        : type === 'image/png'
          ? image.png({ compressionLevel: 9 })
          : image.webp({ quality: 85 });
    return new Uint8Array(await encoded.toBuffer());
  } catch {
    return null; // not an image libvips can read, or over the pixel limit: the caller refuses it
  }
}
