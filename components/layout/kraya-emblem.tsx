// Kraya's own mark: a balance (fair, transparent procurement) on a white disc, so it reads
// on both the navy header and white paper. Deliberately not the State Emblem or the
// Ashoka Chakra, whose use is restricted by law.
export function KrayaEmblem({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" className={className} aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="23" fill="#ffffff" />
      <circle cx="24" cy="24" r="20" fill="none" stroke="#172b54" strokeWidth="1.5" />
      <g stroke="#172b54" strokeWidth="2.4" strokeLinecap="round" fill="none">
        <line x1="24" y1="15" x2="24" y2="34" />
        <line x1="12" y1="15" x2="36" y2="15" />
        <path d="M13 15 L8.5 26 M13 15 L17.5 26 M35 15 L30.5 26 M35 15 L39.5 26" strokeWidth="1.4" />
      </g>
      <path d="M8 26 A5 5 0 0 0 18 26 Z M30 26 A5 5 0 0 0 40 26 Z" fill="#172b54" />
      <line x1="17" y1="35" x2="31" y2="35" stroke="#137a3b" strokeWidth="3" strokeLinecap="round" />
      <circle cx="24" cy="15" r="3" fill="#e8890c" />
    </svg>
  );
}
