/**
 * The README's framework examples: the React 19 TSX usage compiles against the shipped JSX types (and a wrong
 * property type does not), and Vue 3's compiler, configured as the README says, treats the tags as custom elements.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compile } from '@vue/compiler-dom';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = (project: string) =>
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { cwd: root, encoding: 'utf8' });

describe('React 19', () => {
  it('compiles the TSX usage with typed properties', () => {
    const r = tsc('test/types/tsconfig.json');
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('rejects a property of the wrong type', () => {
    const r = tsc('test/types/tsconfig.misuse.json');
    assert.notEqual(r.status, 0);
    assert.match(r.stdout, /react-misuse\.tsx.*pageSize|Type 'string' is not assignable to type 'number'/s);
  });
});

describe('Vue 3', () => {
  const template = `<opp-finder :feed="url" kind="staff-week" page-size="12" @opp-select="onSelect"></opp-finder>`;

  it('renders opp-* tags as custom elements with isCustomElement', () => {
    const { code } = compile(template, { isCustomElement: (tag) => tag.startsWith('opp-') });
    assert.match(code, /createElementBlock\("opp-finder"/);
    assert.doesNotMatch(code, /resolveComponent/);
    assert.match(code, /onOppSelect/, 'the custom event listener is bound');
  });

  it('without the option, Vue would look for a component (why the README sets it)', () => {
    const { code } = compile(template);
    assert.match(code, /resolveComponent\("opp-finder"\)/);
  });
});
