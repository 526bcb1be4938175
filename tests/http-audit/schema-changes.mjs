// Compares two schema files with graphql-js and prints the changes that can break clients, and those that may.
//
//   node schema-changes.mjs OLD.graphql NEW.graphql   -> {"breaking":[{"type","description"}],"dangerous":[...]}
import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

const [oldFile, newFile] = process.argv.slice(2);
const load = (file) => buildSchema(readFileSync(file, 'utf8'), { assumeValidSDL: false });
const [before, after] = [load(oldFile), load(newFile)];
console.log(JSON.stringify({ breaking: findBreakingChanges(before, after), dangerous: findDangerousChanges(before, after) }));
