/**
 * The built CLI as a user runs it: real processes, real files, exit codes and output. Every
 * suite runs twice: through bin/rapport (the V8 startup snapshot) and through dist/cli.js.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from './support/temp-dir.ts';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const BIN = join(ROOT, 'bin', 'rapport');
const FOUNDING = join(import.meta.dirname, '..', 'examples', 'founding-case.json');
const FOUNDING_GOOD = join(import.meta.dirname, '..', 'examples', 'founding-case-good.json');
const tempDir = useTempDirs('rapport-cli-');

interface Entry {
  name: string;
  command: string;
  prefix: string[];
}
const ENTRIES: Entry[] = [
  { name: 'bin/rapport (V8 startup snapshot)', command: BIN, prefix: [] },
  { name: 'node dist/cli.js (ES module bundle)', command: process.execPath, prefix: [CLI] },
];
let entry: Entry = ENTRIES[0]!;

function run(args: string[], input?: string) {
  const result = spawnSync(entry.command, [...entry.prefix, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '..'),
  });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
});

describe('rapport audit stopped by a signal', () => {
  it('removes its temporary files and exits 130 or 143', async () => {
    const tmp = tempDir();
    const sources = join(tempDir(), 'threads');
    mkdirSync(sources);
    for (let i = 0; i < 400; i++) copyFileSync(FOUNDING, join(sources, `case-${i}.json`));
    for (const [signal, code] of [
      ['SIGTERM', 143],
      ['SIGINT', 130],
    ] as const) {
      const child = spawn(process.execPath, [CLI, 'audit', sources, '--quiet'], {
        env: { ...process.env, TMPDIR: tmp },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      // Wait for the spill directory, then stop the audit while it works.
      while (!readdirSync(tmp).some((name) => name.startsWith('rapport-audit-')))
        await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill(signal);
      const [exitCode] = await once(child, 'exit');
      expect(exitCode).toBe(code);
      expect(readdirSync(tmp)).toEqual([]);
    }
  });
});

describe('bin/rapport starts from the snapshot built for this Node, else from dist/cli.js', () => {
  // A copy of the launcher with the snapshot but no ES module bundle next to it.
  function copyLauncher(key?: string): string {
    const dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist'));
    copyFileSync(BIN, join(dir, 'bin', 'rapport'));
    copyFileSync(join(ROOT, 'dist', 'rapport.blob'), join(dir, 'dist', 'rapport.blob'));
    writeFileSync(
      join(dir, 'dist', 'rapport.blob.key'),
      key ?? readFileSync(join(ROOT, 'dist', 'rapport.blob.key'), 'utf8'),
    );
    writeFileSync(join(dir, 'dist', 'cli.js'), "process.stdout.write('fallback\\n');\n");
    return join(dir, 'bin', 'rapport');
  }

  it('checks from the snapshot alone when the key matches this Node binary', () => {
    const result = spawnSync(copyLauncher(), ['check', FOUNDING, '--format', 'json'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'ignored-disclosure',
    );
  });

  it('reads text exactly as the module bundle does (the snapshot’s source is escaped to ASCII)', () => {
    // wink escapes dashes in its regular expressions ("\\–"): escaped once more, "high-purity"
    // became "p", "u", "rity" in the snapshot and politeness scores moved.
    const texts = [
      'We supply high-purity resins for battery makers. Can we have short meeting next week?',
      'It’s a well‑known issue — sorry! The “new” price is 5 000 € – 10 %, isn’t it?',
      'Ça va? Grüße aus München 🙂 and thanks for the café recommendation.',
    ];
    const input = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n');
    const fromSnapshot = spawnSync(BIN, ['cues', '-'], { encoding: 'utf8', input });
    const fromModules = spawnSync(process.execPath, [CLI, 'cues', '-'], { encoding: 'utf8', input });
    expect(fromSnapshot.stderr).toBe('');
    expect(fromSnapshot.stdout.trim().split('\n')).toHaveLength(texts.length);
    expect(fromSnapshot.stdout).toBe(fromModules.stdout);
  });

  it('keeps Node from reading NODE_EXTRA_CA_CERTS: rapport opens no connection', () => {
    // Node reads the bundle at start and warns when it cannot: the warning shows that it tried.
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: join(tempDir(), 'missing.pem') };
    const result = spawnSync(copyLauncher(), ['check', FOUNDING, '--format', 'json'], {
      encoding: 'utf8',
      env,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
  });

  it('answers help and version from dist/cli.js, which does not load the model', () => {
    for (const args of [[], ['--help'], ['help'], ['--version']]) {
      const result = spawnSync(copyLauncher(), args, { encoding: 'utf8' });
      expect(result.stdout).toBe('fallback\n');
    }
  });

  it('falls back to dist/cli.js when the snapshot was made by another Node', () => {
    const result = spawnSync(copyLauncher('/opt/other/node 1 2\n'), ['explain', 'cold-reply'], {
      encoding: 'utf8',
    });
    expect(result.stdout).toBe('fallback\n');
  });
});

for (const current of ENTRIES) {
  describe(current.name, () => {
    beforeAll(() => {
      entry = current;
    });
    suites();
  });
}

function suites() {
  describe('rapport check on the founding case', () => {
    it('flags the draft as an error with the three findings, evidence and an open-question rewrite', () => {
      const { code, stdout, stderr } = run(['check', FOUNDING, '--format', 'json']);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      const ids = report.findings.map((f: { ruleId: string }) => f.ruleId);
      expect(ids).toEqual(
        expect.arrayContaining(['ignored-disclosure', 'abrupt-pivot', 'closed-pressure-question']),
      );
      const ignored = report.findings.find((f: { ruleId: string }) => f.ruleId === 'ignored-disclosure');
      expect(ignored.severity).toBe('error');
      expect(ignored.evidence[0].message).toBe(33);
      expect(ignored.evidence[0].text).toContain('I took my family and kids to the Lakeside');
      expect(ignored.evidence[0].by).toBe('client');
      // The pressure is shown with the rep's own earlier messages, labelled as theirs.
      const pressure = report.findings.find(
        (f: { ruleId: string }) => f.ruleId === 'closed-pressure-question',
      );
      expect(pressure.evidence.map((e: { by: string }) => e.by)).toEqual(['rep', 'rep']);
      expect(ignored.why.writer).toMatch(/Russia/);
      expect(ignored.why.reader).toMatch(/American/);
      expect(report.rewrite.text).toMatch(/glad you had a chance to get away with your family/);
      expect(report.rewrite.text).toMatch(/what have you thought about our product\?$/i);
      expect(report.relationship.stage).toBe('friendly');
      expect(
        report.cues.some(
          (c: { type: string; message: number }) => c.type === 'personal-disclosure' && c.message === 33,
        ),
      ).toBe(true);
    });

    it('explains in Russian with --lang ru', () => {
      const { code, stdout } = run(['check', FOUNDING, '--format', 'json', '--lang', 'ru']);
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      for (const f of report.findings) {
        expect(f.message).toMatch(/[а-яё]/i);
        expect(f.why.writer).toMatch(/[а-яё]/i);
        expect(f.why.reader).toMatch(/[а-яё]/i);
      }
      expect(
        report.findings.find((f: { ruleId: string }) => f.ruleId === 'ignored-disclosure').why.writer,
      ).toMatch(/В России/);
    });

    it('passes the good reply with exit 0 and no findings', () => {
      const { code, stdout } = run(['check', FOUNDING_GOOD, '--format', 'json']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).findings).toEqual([]);
    });

    it('prints a readable report by default, with the client words, both sides and the suggested reply', () => {
      const { code, stdout } = run(['check', FOUNDING]);
      expect(code).toBe(1);
      expect(stdout).toContain('ignored-disclosure');
      expect(stdout).toContain('“I took my family and kids to the Lakeside');
      expect(stdout).toMatch(
        /you wrote \(#27\): “Thank you for the update\. We are waiting for your decision\.”|you wrote \(#27\): “We are waiting/,
      );
      expect(stdout).toContain('your side:');
      expect(stdout).toContain('their side:');
      expect(stdout).toContain('Suggested reply:');
      expect(stdout.includes('\u001b[')).toBe(false); // no colour codes when not a TTY
    });

    it('writes SARIF 2.1.0', () => {
      const { stdout } = run(['check', FOUNDING, '--format', 'sarif']);
      const log = JSON.parse(stdout);
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
      expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('ignored-disclosure');
      expect(
        log.runs[0].results.every((r: { level: string }) => ['error', 'warning', 'note'].includes(r.level)),
      ).toBe(true);
    });

    it('checks --draft-text instead of the thread draft', () => {
      const { code, stdout } = run([
        'check',
        FOUNDING,
        '--format',
        'json',
        '--draft-text',
        "I'm so glad you got some time at the lake with your family! What have you thought about our product?",
      ]);
      expect(
        JSON.parse(stdout).findings.filter((f: { severity: string }) => f.severity !== 'suggestion'),
      ).toEqual([]);
      expect(code).toBe(0);
    });
  });

  describe('bad input exits 2 with one line and no stack', () => {
    const dir = tempDir();
    const file = (name: string, body: string) => {
      const path = join(dir, name);
      writeFileSync(path, body);
      return path;
    };
    const participants = [
      { id: 'c', name: 'Cee', role: 'client', culture: 'US' },
      { id: 'r', name: 'Arr', role: 'rep', culture: 'RU' },
    ];
    const cases: [string, string[], RegExp][] = [
      ['a missing file', ['check', join(dir, 'nope.json')], /nope\.json: no such file/],
      ['invalid JSON', ['check', file('broken.json', '{"participants": [')], /broken\.json: invalid JSON/],
      [
        'a field of the wrong type',
        [
          'check',
          file(
            'type.json',
            JSON.stringify({
              participants,
              messages: [{ from: 'c', text: 42 }],
              draft: { from: 'r', text: 'Hi' },
            }),
          ),
        ],
        /messages\[0\]\.text: expected the message text as a string/,
      ],
      [
        'an empty thread',
        ['check', file('empty.json', JSON.stringify({ participants, messages: [] }))],
        /the thread is empty/,
      ],
      [
        'a draft by the client',
        [
          'check',
          file(
            'client-draft.json',
            JSON.stringify({
              participants,
              messages: [{ from: 'c', text: 'Hello' }],
              draft: { from: 'c', text: 'Hi' },
            }),
          ),
        ],
        /draft\.from: the draft must be written by the rep/,
      ],
      [
        'an unknown country code',
        [
          'check',
          file(
            'country.json',
            JSON.stringify({
              participants: [{ ...participants[0], culture: 'XX' }, participants[1]],
              messages: [{ from: 'c', text: 'Hello' }],
              draft: { from: 'r', text: 'Hi' },
            }),
          ),
        ],
        /participants\[0\]\.culture: expected an ISO 3166-1 alpha-2 country code/,
      ],
      [
        'no draft',
        [
          'check',
          file('nodraft.json', JSON.stringify({ participants, messages: [{ from: 'c', text: 'Hello' }] })),
        ],
        /no draft to check/,
      ],
      [
        'an unknown format',
        ['check', FOUNDING, '--format', 'xml'],
        /--format: expected one of stylish, json, sarif/,
      ],
      ['an unknown option', ['check', FOUNDING, '--bogus'], /Unknown option '--bogus'/],
      ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
      ['an unknown rule', ['explain', 'no-such-rule'], /unknown rule "no-such-rule"/],
      [
        'a bad --reader',
        ['check', FOUNDING, '--reader', 'USA'],
        /--reader: expected an ISO 3166-1 alpha-2 country code/,
      ],
    ];
    it.each(cases)('%s', (_name, args, message) => {
      const { code, stdout, stderr } = run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  });

  describe('rapport explain and cues', () => {
    it('prints the usage for COMMAND --help and exits 0', () => {
      for (const command of ['check', 'audit', 'serve']) {
        const { code, stdout } = run([command, '--help']);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^Usage:/m);
        expect(stdout).toContain(`rapport ${command}`);
      }
    });

    it('documents a rule in both languages', () => {
      const en = run(['explain', 'ignored-disclosure']);
      expect(en.code).toBe(0);
      expect(en.stdout).toMatch(/^ignored-disclosure: The client shared personal news/);
      const ru = run(['explain', 'ignored-disclosure', '--lang', 'ru']);
      expect(ru.stdout).toMatch(/Клиент поделился личной новостью/);
    });

    it('streams JSON Lines: one output line per input line, with cues and politeness', () => {
      const input = [
        JSON.stringify({ id: 'a', text: 'I took my family to the lake last week.' }),
        JSON.stringify({ id: 'b', text: 'Send me the contract.' }),
        '',
        JSON.stringify({
          id: 'c',
          text: 'Thank you so much, could you please share the deck when you have a moment?',
        }),
      ].join('\n');
      const { code, stdout } = run(['cues', '-'], input);
      expect(code).toBe(0);
      const lines = stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
      expect(lines[0].cues.map((c: { type: string }) => c.type)).toContain('personal-disclosure');
      expect(lines[1].cues.map((c: { type: string }) => c.type)).toContain('imperative');
      expect(lines[2].politeness).toBeGreaterThan(lines[1].politeness);
      for (const l of lines) expect(l.politeness).toBeGreaterThanOrEqual(-1);
    });

    it('reports a bad JSON line with its number, keeps going and exits 2', () => {
      const { code, stdout, stderr } = run(
        ['cues', '-'],
        `${JSON.stringify({ id: 1, text: 'Hi there' })}\nnot json\n${JSON.stringify({ id: 3, text: 'Thanks!' })}\n`,
      );
      expect(code).toBe(2);
      expect(stdout.trim().split('\n')).toHaveLength(2);
      expect(stderr).toMatch(/-:2: invalid JSON/);
    });
  });
}
