import { describe, expect, test } from 'vitest';
import { DEFAULT_ORIGIN, contentFolder, contentDirOverride, siteOrigin } from '../../src/lib/settings';

describe('the site settings', () => {
  test('the origin is the published address unless SITE_URL names another', () => {
    expect(siteOrigin({})).toBe('https://connecting-policy-with-practice.github.io');
    expect(siteOrigin({})).toBe(DEFAULT_ORIGIN);
    expect(siteOrigin({ SITE_URL: 'https://findings.example.org' })).toBe('https://findings.example.org');
  });

  test('the words come from content/ unless CPP_CONTENT_DIR points at a fixture', () => {
    expect(contentFolder({})).toBe('content');
    expect(contentDirOverride({})).toBeUndefined();
    expect(contentFolder({ CPP_CONTENT_DIR: 'tests/fixtures/good-post' })).toBe('tests/fixtures/good-post');
    expect(contentDirOverride({ CPP_CONTENT_DIR: 'tests/fixtures/good-post' })).toBe('tests/fixtures/good-post');
  });
});
