import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createTrustedContents } from '../../../src-main/security/trusted-contents.ts';

describe('createTrustedContents', () => {
  it('trusts a window’s contents until they are destroyed', () => {
    const trusted = createTrustedContents();
    const contents = Object.assign(new EventEmitter(), { id: 3 });
    expect(trusted.has(3)).toBe(false);
    trusted.add(contents);
    expect(trusted.has(3)).toBe(true);
    contents.emit('destroyed');
    expect(trusted.has(3)).toBe(false);
  });
});
