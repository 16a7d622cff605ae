import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache.ts';

describe('the read cache', () => {
  it('answers what it was given for the same data version, and nothing once the version changes', () => {
    const cache = new ReadCache<string>(1000);
    cache.seeVersion(1);
    cache.set('a', 'page a', 10);
    expect(cache.get('a')).toBe('page a');
    cache.seeVersion(1);
    expect(cache.get('a')).toBe('page a');
    cache.seeVersion(2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.bytes).toBe(0);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 2, misses: 1 });
  });

  it('lets the least recently used answers go once it holds more than its size, and never keeps one larger than that', () => {
    const cache = new ReadCache<string>(30);
    cache.seeVersion(7);
    cache.set('a', 'A', 10);
    cache.set('b', 'B', 10);
    cache.set('c', 'C', 10);
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.set('d', 'D', 10); // b goes
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual(['A', 'C', 'D']);
    expect(cache.bytes).toBe(30);
    cache.set('c', 'C2', 5);
    expect(cache.bytes).toBe(25);
    cache.set('huge', 'X', 31);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.count).toBe(3);
  });
});
