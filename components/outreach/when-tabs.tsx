import Link from "next/link";

type Tab = { href: string; label: string; current: boolean };

// Upcoming / past as two links: plain navigation, so they work without JavaScript.
export function WhenTabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2 border-b border-navy-100">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className="inline-flex min-h-11 items-center border-b-4 border-transparent px-4 font-semibold text-navy-800 hover:bg-navy-50 aria-[current=page]:border-saffron-500 aria-[current=page]:text-navy-900"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
