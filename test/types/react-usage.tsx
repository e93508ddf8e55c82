// How a React 19 app uses the elements (the README shows this). Compiled by test/node/frameworks.test.ts.
import type {} from '../../src/react.js';
import { useEffect, useRef } from 'react';
import type { Opportunity } from '../../src/sdk/index.js';
import type { OppFinder } from '../../src/elements/finder/opp-finder.js';

export function StaffWeeks({ featured }: { featured: Opportunity }) {
  const finder = useRef<OppFinder>(null);
  useEffect(() => {
    const el = finder.current;
    const onSelect = (e: CustomEvent<{ id: string }>) => console.log('opened', e.detail.id);
    el?.addEventListener('opp-select', onSelect as EventListener);
    return () => el?.removeEventListener('opp-select', onSelect as EventListener);
  }, []);
  return (
    <main>
      <opp-stats feed="/staffweeks.json" limit={5} />
      <opp-finder ref={finder} feed="/staffweeks.json" kind="staff-week" country="FI,SE" pageSize={12} noUrl lang="sv" />
      <opp-card opportunity={featured} headingLevel={3} />
      <opp-apply opportunity={featured} />
    </main>
  );
}
