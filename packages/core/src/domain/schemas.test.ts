import { describe, expect, it } from 'vitest';
import { artisanInputSchema, assessmentSchema, isoDate, programSchema } from './schemas.js';

describe('isoDate', () => {
  it('accepts real dates in 1900–2100 only', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2023-02-29').success).toBe(false);
    expect(isoDate.safeParse('1899-12-31').success).toBe(false);
    expect(isoDate.safeParse('17/08/2024').success).toBe(false);
  });
});

describe('table schemas', () => {
  it('reject a score outside 1–5', () => {
    const assessment = {
      product_id: 'P1',
      assessed_on: '2024-05-01',
      assessor_council_id: 'C1',
      design: 5,
      craftsmanship: 4,
      material: 3,
      packaging: 2,
      market_readiness: 1,
    };
    expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    expect(assessmentSchema.safeParse({ ...assessment, design: 6 }).success).toBe(false);
  });
  it('require a 16-digit NIK on input', () => {
    const artisan = {
      artisan_id: 'A1',
      enterprise_id: 'E1',
      full_name: 'Siti',
      nik: '3601234567890123',
      phone: '0812',
      gender: 'F',
      birth_year: 1990,
      registered_on: '2022-01-10',
    };
    expect(artisanInputSchema.safeParse(artisan).success).toBe(true);
    expect(artisanInputSchema.safeParse({ ...artisan, nik: '36012345' }).success).toBe(false);
  });
  it('let a program be open to every craft category', () => {
    const program = {
      program_id: 'PR1',
      council_id: 'C1',
      name: 'Pelatihan',
      program_type: 'training',
      craft_category: null,
      start_date: '2024-01-01',
      end_date: '2024-02-01',
      target_region_code: '36.01',
      target_participants: 20,
      budget_idr: 50_000_000,
    };
    expect(programSchema.safeParse(program).success).toBe(true);
    expect(programSchema.safeParse({ ...program, budget_idr: -1 }).success).toBe(false);
  });
});
