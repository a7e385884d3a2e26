// The texts `mlflow-sim new` writes. Comments beside each field say what it is for; the schemas in
// src/schemas/ and src/engine/registry/scenario.ts are the full reference.

const title = (name: string): string => {
  const words = name.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function scenarioTemplate(name: string): string {
  return `# A named starting registry (src/engine/registry/scenario.ts documents every field). Lessons,
# labs and questions name it by its file name; the simulator builds it by replaying real
# registry operations, so every id and timestamp is the simulator's own.
name: ${name}
title: Two versions of ${name}-model, none promoted yet
description: >-
  ${name}-model has versions 1 and 2, each registered from its own training run.
models:
  - name: ${name}-model
    description: Replace with what the model predicts.
    versions:
      # Each version is registered from a run with these params and metrics.
      - run:
          runName: baseline
          params: { max_depth: 3 }
          metrics: { accuracy: 0.84 }
      - run:
          runName: deeper-tree
          params: { max_depth: 6 }
          metrics: { accuracy: 0.88 }
        # Optional per version: stage, aliases: [champion], description, tags, deleted.
        aliases: [champion]
`;
}

const EXAMPLE = (name: string): string =>
  `from mlflow import MlflowClient

client = MlflowClient()
model = client.get_registered_model("${name}-model")
print(model.name, sorted(model.aliases.items()))`;

/** `output(code)` runs the example in the simulator from the scenario and returns what it prints. */
export function lessonTemplate(name: string, output: (code: string) => string): string {
  const code = EXAMPLE(name);
  return `---
# Page title, and the lesson's name in the course map.
title: ${title(name)}
# One sentence for the course map and the page's meta description.
description: Replace with one sentence that says what the learner will be able to do.
# Position in the course (1 comes first). Pick the number of the place it belongs.
order: 99
# The starting registry of every example on this page: content/scenarios/${name}.yaml.
scenario: ${name}
# Estimated reading-and-doing time, in minutes.
minutes: 15
# What a learner can do afterwards, one short sentence each.
objectives:
  - Read a registered model's aliases with MlflowClient
# The lesson's questions: content/questions/${name}.yaml.
questionBank: ${name}
# No test yet: set to true once the bank's test pool holds 20 questions (6 easy, 6 medium, 4 hard).
test: false
---

{/* Replace the prose with your own; keep the order of the sections, which every lesson shares:
    introduction, when to use it, the calls, the key concept, examples, common mistakes, summary.
    This is MDX: write braces and angle brackets inside \`code\`, or escape a brace as \\{. */}

## Introduction

Say in two or three sentences what this lesson teaches and why a team needs it.

## When to use it

Name the situation in a learner's work where this is the right tool, and when it is not.

## The calls

Every runnable block on this page runs in one simulated session, top to bottom, starting from
the \`${name}\` scenario. \`npm run check:content\` proves each block's output.

\`\`\`python run
${code}
\`\`\`

\`\`\`output
${output(code).trimEnd()}
\`\`\`

## Common mistakes

List the errors a learner will meet, with the exact message the simulator prints.

## Summary

- One line for each objective above.
`;
}

export function bankTemplate(name: string, lesson: string, model: string, versions: number): string {
  const v = versions;
  const py = (code: string): string => JSON.stringify(`from mlflow import MlflowClient\nMlflowClient().${code}\n`);
  const other = `${model}-copy`;
  return `# Questions for the ${lesson} lesson (src/schemas/question.ts documents every field; the
# authoring guide, content/README.md, shows each kind). Every question is practice here: the
# lesson says \`test: false\` until the bank holds a test pool of 20 (6 easy, 6 medium, 4 hard).
# \`npm run check:content\` proves every key by running it in the simulator. Keep the keyed options
# spread over the positions (a, b, c, d): the checker reports a bank whose keys crowd one position.
bank: ${name}
# The lesson (file name without .mdx) these questions belong to.
lesson: ${lesson}
questions:
  # Multiple choice: the question's code runs, and its output must match the keyed option.
  - id: ${name}-count-versions
    difficulty: easy
    use: [practice]
    prompt: How many versions of \`${model}\` does this lesson's registry hold when the lesson starts?
    code:
      lang: python
      source: |
        from mlflow import MlflowClient
        print(len(MlflowClient().search_model_versions("name='${model}'")))
    options:
      - id: a
        text: "${v + 1}"
        correct: false
        explanation: That counts one version too many; look at the scenario again.
      - id: b
        text: "${v}"
        correct: true
        explanation: The scenario registers ${v} version${v === 1 ? '' : 's'} of \`${model}\`.
      - id: c
        text: "0"
        correct: false
        explanation: The scenario registers versions before the lesson starts; a registry with none would print 0.
    hints:
      - Look at the scenario file, or run the snippet in the terminal.
    solution:
      - Searching the versions with the filter \`name='${model}'\` returns every version of the model.
      - The length of that list is ${v}.
    verify: { kind: output }

  # Type the command or call: right when the registry meets the goal, however it is written.
  - id: ${name}-alias-by-typing
    kind: command
    difficulty: easy
    use: [practice]
    prompt: Point the alias \`candidate\` at version ${v} of \`${model}\`. Write the client call.
    answerIn: python
    prelude: |
      from mlflow import MlflowClient
      client = MlflowClient()
    goal:
      model: ${model}
      checks:
        - { kind: alias, alias: candidate, version: ${v} }
    answers:
      - client.set_registered_model_alias("${model}", "candidate", ${v})
      - client.set_registered_model_alias(name="${model}", alias="candidate", version="${v}")
    wrongAnswers:
      - client.get_model_version_by_alias("${model}", "candidate")
    explanation: "\`set_registered_model_alias(name, alias, version)\` creates the alias, or moves it if it exists."
    hints:
      - Which \`MlflowClient\` method sets an alias?
    solution:
      - Call \`set_registered_model_alias\` with the model, the alias and the version.

  - id: ${name}-tag-by-typing
    kind: command
    difficulty: easy
    use: [practice]
    prompt: Tag version ${v} of \`${model}\` with \`reviewed=yes\`. Write the client call.
    answerIn: python
    prelude: |
      from mlflow import MlflowClient
      client = MlflowClient()
    goal:
      model: ${model}
      checks:
        - { kind: tag, version: ${v}, key: reviewed, value: "yes" }
    answers:
      - client.set_model_version_tag("${model}", ${v}, "reviewed", "yes")
      - client.set_model_version_tag(name="${model}", version="${v}", key="reviewed", value="yes")
    wrongAnswers:
      - client.set_registered_model_tag("${model}", "reviewed", "yes")
    explanation: "\`set_model_version_tag(name, version, key, value)\` tags one version; \`set_registered_model_tag\` tags the model."
    hints:
      - Is the tag on the model or on one of its versions?
    solution:
      - Call \`set_model_version_tag\` with the model, the version, the key and the value.

  - id: ${name}-model-tag-by-typing
    kind: command
    difficulty: medium
    use: [practice]
    prompt: Tag the registered model \`${model}\` itself with \`team=ml-platform\`. Write the client call.
    answerIn: python
    prelude: |
      from mlflow import MlflowClient
      client = MlflowClient()
    goal:
      model: ${model}
      checks:
        - { kind: tag, key: team, value: ml-platform }
    answers:
      - client.set_registered_model_tag("${model}", "team", "ml-platform")
    wrongAnswers:
      - client.set_model_version_tag("${model}", ${v}, "team", "ml-platform")
    explanation: "\`set_registered_model_tag(name, key, value)\` tags the model; versions keep their own tags."
    hints:
      - The tag belongs to the model, not to a version.
    solution:
      - Call \`set_registered_model_tag\` with the model, the key and the value.

  # Put the steps in order: the written order is the key, and the checker proves no other order works.
  - id: ${name}-new-model-in-order
    kind: order
    difficulty: medium
    use: [practice]
    prompt: Put the calls in the order that gives a new model \`${other}\` a \`champion\`.
    steps:
      - id: a
        text: "\`client.create_registered_model(\\"${other}\\")\`"
        run: { python: ${py(`create_registered_model('${other}')`)} }
      - id: b
        text: "\`client.create_model_version(\\"${other}\\", \\"s3://bucket/${other}\\")\`"
        run: { python: ${py(`create_model_version('${other}', 's3://bucket/${other}')`)} }
      - id: c
        text: "\`client.set_registered_model_alias(\\"${other}\\", \\"champion\\", 1)\`"
        run: { python: ${py(`set_registered_model_alias('${other}', 'champion', 1)`)} }
    goal:
      model: ${other}
      checks:
        - { kind: alias, alias: champion, version: 1 }
    explanation: A version needs its registered model, and an alias needs the version it points to.
    hints:
      - What has to exist before a version can be created?
    solution:
      - Create the registered model.
      - Create its first version.
      - Point the alias at version 1.
`;
}

export function labTemplate(lab: {
  id: string;
  lesson: string;
  scenario: string;
  model: string;
  version: number;
  alias: string;
}): string {
  const { id, lesson, scenario, model, version, alias } = lab;
  const call = `client.set_registered_model_alias("${model}", "${alias}", ${version})`;
  return `# A lab (src/schemas/lab.ts documents every field; goal checks: src/engine/goal-schema.ts).
# \`npm run check:content\` proves that the solution reaches the goal from the scenario and that the
# scenario alone does not.
id: ${id}
# The lesson whose Labs page lists this lab, and the lab's place among them.
lesson: ${lesson}
order: 99
title: ${title(id)}
# The situation and the task, in a few sentences (markdown).
story: |
  Replace with the situation. The task here: point the alias \`${alias}\` at version ${version}
  of \`${model}\`.
scenario: ${scenario}
# One sentence on which way of solving it is real MLflow.
realMlflow: >-
  Everything here is real MLflow: \`MlflowClient().set_registered_model_alias(...)\`.
# What the registry must look like: named checks, all of which must pass.
goal:
  model: ${model}
  checks:
    - { kind: alias, alias: ${alias}, version: ${version}, label: ${alias} points to version ${version} }
# Help in three tiers, revealed one at a time.
hints:
  nudge: Which version should the team try next?
  concept: An alias is set with \`set_registered_model_alias(name, alias, version)\`.
  command: |
    \`\`\`
    python
    from mlflow import MlflowClient
    client = MlflowClient()
    ${call}
    \`\`\`
# The reference solution: terminal lines as typed, and the same fix as a Python program.
solution:
  terminal:
    - python
    - from mlflow import MlflowClient
    - client = MlflowClient()
    - ${call}
  python: |
    from mlflow import MlflowClient

    client = MlflowClient()
    ${call}
# The registry-changing operations a good route needs (python, the import and the client are free).
par: 1
`;
}
