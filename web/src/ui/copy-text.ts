/**
 * Copies text to the clipboard. The Clipboard API exists only on secure pages (HTTPS or
 * localhost); on a plain-HTTP address in the commune's network the older command is tried on
 * the selected field instead. False when neither worked.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, page not focused): try the fallback.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    // Deprecated but the only way left on a non-secure page.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
