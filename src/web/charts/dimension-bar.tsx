/** A horizontal bar 0–100 drawn as SVG (no inline style: width is an SVG attribute). */
export function Bar({ value, label }: { value: number; label: string }) {
  const w = Math.max(0, Math.min(100, value));
  return (
    <svg class="hbar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect class="hbar-track" x="0" y="0" width="100" height="8" />
      <rect class="hbar-fill" x="0" y="0" width={Math.round(w * 10) / 10} height="8" />
    </svg>
  );
}
