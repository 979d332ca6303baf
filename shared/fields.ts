// Field schemas shared by every form: plain-English messages, '' treated as "left empty".
import { z } from 'zod';

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/**
 * A file or folder named in full (/home/sam/Backups, C:\Backups, \\server\share). A partial one
 * would be read against wherever Bridgework happened to start: outside anything the person chose.
 */
export function fullPath(missing: string) {
  return z
    .string()
    .min(1, { error: missing })
    .max(4096)
    .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), {
      error: 'Give the full path, such as C:\\Users\\Sam\\Documents.',
    });
}

export function requiredText(max: number, missing: string, tooLong: string) {
  return z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong });
}

export function optionalText(max: number, tooLong: string) {
  return z.preprocess(emptyToNull, z.string().trim().max(max, { error: tooLong }).nullable().optional());
}

export function optionalCode(label: string) {
  return z.preprocess(
    emptyToNull,
    z
      .string({ error: `Choose a ${label} from the list` })
      .max(60)
      .nullable()
      .optional(),
  );
}

export function optionalPattern(pattern: RegExp, invalid: string, max = 300) {
  return z.preprocess(
    emptyToNull,
    z.string().trim().max(max, { error: invalid }).regex(pattern, { error: invalid }).nullable().optional(),
  );
}

export const optionalEmail = z.preprocess(
  emptyToNull,
  z
    .email({ error: 'Enter an email address like name@example.co.uk' })
    .trim()
    .max(254, { error: 'Email address must be 254 characters or fewer' })
    .nullable()
    .optional(),
);

export const phonePattern = /^\+?[0-9 ()-]{6,30}(?: ext\. ?[0-9]{1,7})?$/;
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const optionalPhone = optionalPattern(
  phonePattern,
  'Enter a phone number using digits and spaces, like 0161 496 0000 (an extension as ext. 12)',
);

/** Up to ten values, as a list or one on each line; each must match `pattern`. */
export function moreOf(pattern: RegExp, invalid: (value: string) => string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.split(/\r?\n/) : value),
    z
      .array(z.string().max(254))
      .transform((values) => [...new Set(values.map((value) => value.trim()).filter(Boolean))])
      .check((ctx) => {
        const wrong = ctx.value.find((value) => !pattern.test(value));
        if (wrong !== undefined) ctx.issues.push({ code: 'custom', message: invalid(wrong), input: ctx.value });
        if (ctx.value.length > 10)
          ctx.issues.push({ code: 'custom', message: 'Keep up to 10 of these', input: ctx.value });
      })
      .optional(),
  );
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (value: string) =>
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** A calendar date, stored as YYYY-MM-DD. */
export function optionalDate(invalid: string) {
  return z.preprocess(
    emptyToNull,
    z
      .string({ error: invalid })
      .regex(isoDatePattern, { error: invalid })
      .refine(isRealDate, { error: invalid })
      .nullable()
      .optional(),
  );
}

/** A calendar date that must be given. */
export function requiredDate(missing: string, invalid: string) {
  return z.preprocess(
    emptyToNull,
    z
      .string({ error: (issue) => (issue.input == null ? missing : invalid) })
      .regex(isoDatePattern, { error: invalid })
      .refine(isRealDate, { error: invalid }),
  );
}

/** A moment in time, stored as ISO-8601 UTC text. */
export function dateTime(invalid: string) {
  return z
    .string({ error: invalid })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: invalid })
    .transform((value) => new Date(value).toISOString());
}

export function recordId(missing: string) {
  return z.string({ error: missing }).uuid({ error: missing });
}

/** A number a person may leave empty; '' and null both mean "not given". */
export function optionalNumber(min: number, max: number, invalid: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : emptyToNull(value)),
    z.number({ error: invalid }).min(min, { error: invalid }).max(max, { error: invalid }).nullable().optional(),
  );
}
