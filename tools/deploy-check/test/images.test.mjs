// The Dockerfile, checked without a Docker engine: dockerfile-utils' linter (instructions, flags, arguments), and
// the rules of the images read from the parsed file: multi-stage, final stages without the SDK, a non-root numeric
// user, exec-form entry points, and the targets the build script and the manifests name.
import assert from "node:assert/strict";
import test from "node:test";
import { DockerfileParser } from "dockerfile-ast";
import { validate } from "dockerfile-utils";
import { readRepoFile } from "../lib.mjs";

const text = readRepoFile("docker", "Dockerfile");
const dockerfile = DockerfileParser.parse(text);
const targets = ["silo", "gateway", "importer"];

function stages() {
  const result = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === "FROM") {
      const args = instruction.getArguments().map((a) => a.getValue());
      result.push({ image: args[0], name: args[2], instructions: [] });
    } else if (result.length > 0) {
      result.at(-1).instructions.push(instruction);
    }
  }
  return result;
}

function argDefault(name) {
  const arg = dockerfile.getInstructions().find((i) => i.getKeyword() === "ARG" && i.getArguments()[0].getValue().startsWith(`${name}=`));
  return arg?.getArguments()[0].getValue().split("=")[1];
}

function resolve(image) {
  return image.replace(/^\$\{(\w+)\}$/, (_, name) => argDefault(name));
}

test("docker/Dockerfile passes dockerfile-utils' linter", () => {
  const problems = validate(text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
  assert.deepEqual(problems, []);
});

test("the linter finds a broken Dockerfile's mistakes (it can fail)", () => {
  const problems = validate("FROM\nEXPOSE port\nCOPY --from a b\nENTRYPOINT\n");
  assert.ok(problems.length >= 3, JSON.stringify(problems.map((p) => p.message)));
});

test("the images are built in stages and the final ones hold no SDK", () => {
  const all = stages();
  assert.equal(all[0].name, "build");
  assert.match(resolve(all[0].image), /dotnet\/sdk:10\.0/);
  assert.deepEqual(all.slice(1).map((s) => s.name), targets);
  for (const stage of all.slice(1)) {
    const image = resolve(stage.image);
    assert.match(image, /dotnet\/(aspnet|runtime):10\.0-noble-chiseled-extra$/, `${stage.name} base ${image}`);
    assert.ok(!stage.instructions.some((i) => i.getKeyword() === "RUN"), `${stage.name} runs nothing at build time (a chiseled image has no shell)`);
    const copies = stage.instructions.filter((i) => i.getKeyword() === "COPY");
    assert.ok(copies.length > 0 && copies.every((c) => /--from=build/.test(c.getTextContent())), `${stage.name} copies only the published output`);
  }
});

test("every final image runs as the non-root numeric user 1654 with an exec-form entry point", () => {
  for (const stage of stages().slice(1)) {
    const user = stage.instructions.filter((i) => i.getKeyword() === "USER").at(-1);
    assert.equal(user?.getArguments()[0].getValue(), "1654", `${stage.name} USER`);
    const entrypoint = stage.instructions.find((i) => i.getKeyword() === "ENTRYPOINT");
    assert.match(entrypoint.getTextContent(), /ENTRYPOINT \["dotnet", "[\w.]+\.dll"\]/, stage.name);
  }
});

test("the silo image exposes the Orleans and HTTP ports the manifests use, the gateway its HTTP port", () => {
  const exposed = Object.fromEntries(stages().slice(1).map((s) => [s.name,
    s.instructions.filter((i) => i.getKeyword() === "EXPOSE").flatMap((i) => i.getArguments().map((a) => a.getValue()))]));
  assert.deepEqual(exposed.silo.sort(), ["11111", "30000", "8081"].sort());
  assert.deepEqual(exposed.gateway, ["8080"]);
});

test("the build script builds every target, and the build context leaves out what the images do not need", () => {
  const script = readRepoFile("scripts", "build-images.sh");
  assert.match(script, /for target in silo gateway importer; do/);
  assert.match(script, /-f docker\/Dockerfile --target "\$target"/);
  const ignore = readRepoFile(".dockerignore").split("\n");
  for (const entry of ["**/bin/", "**/obj/", "**/node_modules/", ".git/", "tests/"]) {
    assert.ok(ignore.includes(entry), `.dockerignore ${entry}`);
  }
});
