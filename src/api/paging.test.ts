import { cursorAt, pageWindow } from './paging';
import { quoted } from './errors';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function rejection(after: string) {
  try {
    pageWindow({ first: 10, after });
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error(`expected ${after} to be rejected`);
}

describe('pageWindow', () => {
  it('starts after the cursor it gave out', () => {
    expect(pageWindow({ first: 10, after: cursorAt(41) })).toEqual({ offset: 42, limit: 10 });
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
  });

  it.each([
    ['past any list Cypher can hold', b64('offset:1000000000000')],
    ['at the 32-bit edge', b64(`offset:${2 ** 31 - 1}`)],
    ['negative', b64('offset:-1')],
    ['a fraction', b64('offset:1.5')],
    ['with leading zeros', b64('offset:007')],
    ['in exponent form', b64('offset:1e3')],
    ['not base64', 'not a cursor!'],
    ['base64 without its padding', cursorAt(3).replace(/=+$/, '')],
    ['base64 of something else', b64('{"id":1}')],
  ])('rejects a cursor %s with BAD_USER_INPUT naming after', (_, after) => {
    const error = rejection(after);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after', http: { status: 400 } });
    expect(error.message).toMatch(/^after: '.*' is not a cursor this API gave out/);
  });

  it('quotes no more than the start of a long cursor', () => {
    const error = rejection('x'.repeat(5000));
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).toContain('(5000 characters)');
  });
});

describe('quoted', () => {
  it('quotes a short text whole and a long one by its first 40 characters', () => {
    expect(quoted('navo')).toBe("'navo'");
    expect(quoted('a'.repeat(41))).toBe(`'${'a'.repeat(40)}…' (41 characters)`);
  });
});
