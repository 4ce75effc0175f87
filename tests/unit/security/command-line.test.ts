import { describe, expect, it } from 'vitest';
import { findForbiddenSwitches, forbiddenPackagedSwitches } from '../../../src-main/security/command-line.ts';

describe('findForbiddenSwitches', () => {
  it('finds debugger and web-security switches', () => {
    const present = new Set(['remote-debugging-port', 'disable-web-security', 'lang']);
    expect(findForbiddenSwitches((name) => present.has(name))).toEqual(['remote-debugging-port', 'disable-web-security']);
  });

  it('finds nothing on a clean command line', () => {
    expect(findForbiddenSwitches(() => false)).toEqual([]);
  });

  it('covers remote debugging over a port and over a pipe', () => {
    expect(forbiddenPackagedSwitches).toContain('remote-debugging-port');
    expect(forbiddenPackagedSwitches).toContain('remote-debugging-pipe');
  });
});
