import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own lint configuration refuses markup sinks fed with anything but a literal.
const root = join(import.meta.dirname, '../../..');

let eslint: ESLint | undefined;

async function ruleIds(code: string, file = 'ui/sink-probe.ts'): Promise<string[]> {
  eslint ??= new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? '').sort();
}

// Loading typescript-eslint takes seconds on a busy machine: no wall-clock limit is meant here.
describe('lint: unsanitised DOM sinks', { timeout: 120_000 }, () => {
  it.each([
    ['insertAdjacentHTML', "export function show(el: HTMLElement, name: string): void { el.insertAdjacentHTML('beforeend', name); }", 'no-unsanitized/method'],
    ['document.write', 'export function show(name: string): void { document.write(name); }', 'no-unsanitized/method'],
    ['createContextualFragment', 'export function show(r: Range, name: string): DocumentFragment { return r.createContextualFragment(name); }', 'no-unsanitized/method'],
    ['outerHTML assignment', 'export function show(el: HTMLElement, name: string): void { el.outerHTML = name; }', 'no-unsanitized/property'],
  ])('refuses %s with a variable', async (_sink, code, rule) => {
    expect(await ruleIds(code)).toContain(rule);
  });

  it('leaves text sinks alone', async () => {
    expect(await ruleIds('export function show(el: HTMLElement, name: string): void { el.textContent = name; }')).toEqual([]);
  });
});
