// Checks every example operation the project shows people against the checked-in schema: the README's GraphQL
// (fenced graphql blocks, the queries of its curl commands, inline queries in its prose), the examples GraphiQL
// preloads (src/CyberSkillsGraph.Web/src/graphiql/examples.ts) and the persisted documents
// (src/CyberSkillsGraph.Api/persisted-documents/*.graphql). Each must parse, pass graphql-js's validate against
// schema/schema.graphql, and be typed by graphql-codegen (typescript-operations), as a client would type it.
//
//   node operations.mjs REPO_ROOT   -> {"checks":[{"name","ok","detail"}]}, one check per example
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import ts from 'typescript';
import { codegen } from '@graphql-codegen/core';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';

const root = process.argv[2] ?? '../..';
const read = (path) => readFileSync(join(root, path), 'utf8');

/** An example: where it is (file:line of its first line) and its GraphQL text. */
const example = (file, line, text, label = '') => ({ file, line, text, name: `${file}:${line}${label}` });

function readmeExamples(file) {
  const found = [];
  let fence = null;
  read(file).split('\n').forEach((text, i) => {
    const line = i + 1;
    if (fence) {
      if (text.startsWith('```')) {
        const body = fence.body.join('\n');
        if (fence.lang === 'graphql') found.push(example(file, fence.line + 1, body));
        // curl commands send a JSON body whose query member is an operation.
        if (fence.lang === 'bash') {
          for (const match of body.matchAll(/-d '(\{[\s\S]*?\})'/g)) {
            const json = JSON.parse(match[1]);
            const at = fence.line + 1 + body.slice(0, match.index).split('\n').length - 1;
            if (typeof json.query === 'string') found.push(example(file, at, json.query, ' (curl)'));
          }
        }
        fence = null;
      } else fence.body.push(text);
      return;
    }
    const opening = /^```(\w*)/.exec(text);
    if (opening) {
      fence = { lang: opening[1], line, body: [] };
      return;
    }
    // Inline code in prose that is an operation (JSON answers start with {" instead).
    for (const match of text.matchAll(/`([^`]+)`/g)) {
      if (/^(query|mutation|subscription)\b|^\{\s*[_A-Za-z]/.test(match[1])) found.push(example(file, line, match[1], ' (inline)'));
    }
  });
  return found;
}

function graphiqlExamples(file) {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const property = (name) =>
        node.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === name)?.initializer;
      const id = property('id');
      const query = property('query');
      if (id && query && ts.isStringLiteralLike(id)) {
        const line = source.getLineAndCharacterOfPosition(query.getStart(source)).line + 1;
        if (ts.isStringLiteralLike(query)) found.push(example(file, line, query.text, ` (${id.text})`));
        else found.push({ ...example(file, line, '', ` (${id.text})`), unreadable: 'the query is not a plain string, so it cannot be checked' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function persistedDocuments(folder) {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => example(`${folder}/${name}`, 1, read(`${folder}/${name}`)));
}

const schemaText = read('schema/schema.graphql');
const schema = buildSchema(schemaText);
const schemaAst = parse(schemaText);

const at = (ex, error) => (error.locations?.length ? ` (${ex.file}:${ex.line + error.locations[0].line - 1})` : '');

/** Why codegen refused an example: its errors, which may be nested (AggregateError, codegen's DetailedError). */
function reasons(error) {
  const nested = error?.errors ?? (Array.isArray(error?.details) ? error.details : null);
  if (nested?.length) return nested.flatMap(reasons);
  return [[error?.message, typeof error?.details === 'string' ? error.details : ''].filter(Boolean).join(': ')];
}

async function check(ex) {
  if (ex.unreadable) return { name: ex.name, ok: false, detail: ex.unreadable };
  let document;
  try {
    document = parse(ex.text);
  } catch (error) {
    return { name: ex.name, ok: false, detail: `syntax: ${error.message}${at(ex, error)}` };
  }
  const errors = validate(schema, document);
  if (errors.length) return { name: ex.name, ok: false, detail: errors.map((e) => `${e.message}${at(ex, e)}`).join('\n') };
  try {
    const types = await codegen({
      filename: 'operations.ts',
      schema: schemaAst,
      schemaAst: schema,
      documents: [{ location: ex.name, document }],
      plugins: [{ 'typescript-operations': {} }],
      pluginMap: { 'typescript-operations': operationsPlugin },
      config: { scalars: { Long: 'number', DateTimeOffset: 'string' } },
    });
    if (!/(Query|Mutation|Subscription)Variables\b/.test(types)) return { name: ex.name, ok: false, detail: 'codegen typed no operation' };
  } catch (error) {
    return { name: ex.name, ok: false, detail: `codegen: ${reasons(error).join('\n')}` };
  }
  return { name: ex.name, ok: true, detail: null };
}

const examples = [
  ...readmeExamples('README.md'),
  ...graphiqlExamples('src/CyberSkillsGraph.Web/src/graphiql/examples.ts'),
  ...persistedDocuments('src/CyberSkillsGraph.Api/persisted-documents'),
];
// Two inline operations on one line of prose would share a name; the second is told apart by its place.
const seen = new Map();
for (const ex of examples) {
  const count = (seen.get(ex.name) ?? 0) + 1;
  seen.set(ex.name, count);
  if (count > 1) ex.name += ` #${count}`;
}
const checks = [];
for (const ex of examples) checks.push(await check(ex));
console.log(JSON.stringify({ checks }));
