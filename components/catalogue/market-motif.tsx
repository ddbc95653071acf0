import type { MarketPageSlug } from "@/lib/catalogue/market-pages";

// Each market page's banner carries a drawn motif of its own, in the site's navy and saffron:
// no photographs and nothing loaded from elsewhere. Handloom: warp and weft with a pallu
// border; handicraft: a jaali lattice; SARAS: lotus rosettes; Womaniya: flowing lines;
// Startup Runway: a runway with rising bars. Decorative only: hidden from assistive technology.

const SAFFRON = "#f5a623";
const LIGHT = "#e1e7f3";

function Weave() {
  return (
    <>
      <pattern id="motif-weave" width="24" height="24" patternUnits="userSpaceOnUse">
        <rect width="12" height="24" fill={LIGHT} opacity="0.08" />
        <rect width="24" height="6" y="9" fill={SAFFRON} opacity="0.22" />
        <path d="M0 0.5H24M0 12.5H24" stroke={LIGHT} strokeOpacity="0.18" />
      </pattern>
      <rect width="100%" height="100%" fill="url(#motif-weave)" />
      <path d="M0 208 L20 192 L40 208 L60 192 L80 208 L100 192 L120 208 L140 192 L160 208 L180 192 L200 208 L220 192 L240 208 L260 192 L280 208 L300 192 L320 208 L340 192 L360 208 L380 192 L400 208" fill="none" stroke={SAFFRON} strokeWidth="4" />
      <rect y="214" width="400" height="10" fill={SAFFRON} opacity="0.8" />
    </>
  );
}

function Jaali() {
  return (
    <>
      <pattern id="motif-jaali" width="40" height="40" patternUnits="userSpaceOnUse">
        <path d="M20 2 L38 20 L20 38 L2 20 Z" fill="none" stroke={SAFFRON} strokeOpacity="0.55" strokeWidth="2" />
        <circle cx="20" cy="20" r="5" fill={LIGHT} fillOpacity="0.25" />
        <circle cx="0" cy="0" r="3" fill={SAFFRON} fillOpacity="0.6" />
        <circle cx="40" cy="40" r="3" fill={SAFFRON} fillOpacity="0.6" />
      </pattern>
      <rect width="100%" height="100%" fill="url(#motif-jaali)" />
    </>
  );
}

function Lotus() {
  const petals = [0, 45, 90, 135, 180, 225, 270, 315];
  const rosette = (cx: number, cy: number, scale: number, opacity: number) => (
    <g key={`${cx}-${cy}`} transform={`translate(${cx} ${cy}) scale(${scale})`} opacity={opacity}>
      {petals.map((angle) => (
        <ellipse key={angle} cx="0" cy="-26" rx="10" ry="24" fill={angle % 90 === 0 ? SAFFRON : LIGHT} fillOpacity={angle % 90 === 0 ? 0.7 : 0.3} transform={`rotate(${angle})`} />
      ))}
      <circle r="10" fill={SAFFRON} />
    </g>
  );
  return <>{[rosette(300, 110, 2.2, 0.9), rosette(120, 60, 1, 0.55), rosette(90, 190, 0.7, 0.45), rosette(380, 230, 0.9, 0.5)]}</>;
}

function Waves() {
  return (
    <>
      {[0, 1, 2, 3, 4, 5].map((row) => (
        <path
          key={row}
          d={`M-20 ${60 + row * 32} C 60 ${20 + row * 32}, 140 ${100 + row * 32}, 220 ${60 + row * 32} S 380 ${20 + row * 32}, 440 ${60 + row * 32}`}
          fill="none"
          stroke={row % 2 === 0 ? SAFFRON : LIGHT}
          strokeOpacity={row % 2 === 0 ? 0.7 : 0.3}
          strokeWidth={row % 2 === 0 ? 5 : 3}
        />
      ))}
    </>
  );
}

function Runway() {
  return (
    <>
      {[0, 1, 2, 3, 4, 5].map((bar) => (
        <rect key={bar} x={150 + bar * 40} y={170 - bar * 24} width="26" height={40 + bar * 24} rx="3" fill={bar === 5 ? SAFFRON : LIGHT} fillOpacity={bar === 5 ? 0.85 : 0.12 + bar * 0.06} />
      ))}
      <path d="M0 226 H400" stroke={LIGHT} strokeOpacity="0.4" strokeWidth="4" />
      <path d="M10 226 H400" stroke={SAFFRON} strokeWidth="3" strokeDasharray="18 14" />
      <path d="M40 200 Q 200 180 380 30" fill="none" stroke={SAFFRON} strokeWidth="3" strokeOpacity="0.8" />
      <circle cx="380" cy="30" r="7" fill={SAFFRON} />
    </>
  );
}

const MOTIFS: Record<MarketPageSlug, () => React.JSX.Element> = {
  "india-handloom": Weave,
  "india-handicraft": Jaali,
  "saras-collection": Lotus,
  womaniya: Waves,
  "startup-runway": Runway,
};

export function MarketMotif({ slug, className = "" }: { slug: MarketPageSlug; className?: string }) {
  const Motif = MOTIFS[slug];
  return (
    <svg viewBox="0 0 400 240" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false" className={className}>
      <Motif />
    </svg>
  );
}
