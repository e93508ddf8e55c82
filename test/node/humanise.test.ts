/**
 * humanise: how a slug without a translated label reads (topics until they have a vocabulary): acronyms stay upper
 * case, `&` and `-and-` read as words, the first letter is upper case and the rest is left as written.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { humanise } from '../../src/elements/shared/format.js';

describe('humanise', () => {
  it('keeps known acronyms upper case', () => {
    assert.equal(humanise('ict'), 'ICT');
    assert.equal(humanise('ict-support'), 'ICT support');
    assert.equal(humanise('hr-and-ict'), 'HR and ICT');
    assert.equal(humanise('vet-placements'), 'VET placements');
    assert.equal(humanise('stem-education'), 'STEM education');
    assert.equal(humanise('eu-projects'), 'EU projects');
  });
  it('reads -and- and & as words', () => {
    assert.equal(humanise('placements-and-career-guidance'), 'Placements and career guidance');
    assert.equal(humanise('libraries&learning-centres'), 'Libraries & learning centres');
    assert.equal(humanise('research & innovation'), 'Research & innovation');
  });
  it('never lower-cases what the publisher wrote in capitals, and leaves words that only look like acronyms', () => {
    assert.equal(humanise('ICT-Support'), 'ICT Support');
    assert.equal(humanise('international-relations'), 'International relations');
    assert.equal(humanise('visit-it'), 'Visit it');
    assert.equal(humanise('ukraine'), 'Ukraine');
  });
});
