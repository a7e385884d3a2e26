// What the differential fuzzer found and the simulator now does like MLflow: one small program per
// finding, run after the fuzzer's prelude (scripts/fuzz/prelude.py: `show(label, call)` prints
// each outcome as stable facts). The expected output of each is recorded from the real MLflow in
// findings.recorded.json by `npm run fuzz -- --record-findings`; findings.test.ts compares.
export interface FindingCase {
  readonly name: string;
  /** What MLflow does, in a sentence. */
  readonly finding: string;
  readonly code: string;
}

export const FINDINGS: readonly FindingCase[] = [
  {
    name: 'alias-check-order',
    finding:
      'set_registered_model_alias checks name, alias characters and the version before the model; reserved names only when setting',
    code: `
c.create_registered_model('al-m')
c.create_model_version('al-m', 's3://b/m')
show('set-bad-version-missing-model', lambda: c.set_registered_model_alias('al-missing', 'champ', 'abc'))
show('set-bad-alias-missing-model', lambda: c.set_registered_model_alias('al-missing', 'has space', 1))
show('set-reserved-missing-model', lambda: c.set_registered_model_alias('al-missing', 'v1', 1))
show('set-reserved', lambda: c.set_registered_model_alias('al-m', 'latest', 1))
show('set-none-version', lambda: c.set_registered_model_alias('al-m', 'champ', None))
show('delete-reserved', lambda: c.delete_registered_model_alias('al-m', 'v1'))
show('delete-bad-chars-missing-model', lambda: c.delete_registered_model_alias('al-missing', 'a.b'))
show('get-reserved', lambda: c.get_model_version_by_alias('al-m', 'v1'))
show('get-int-alias', lambda: c.get_model_version_by_alias('al-m', 5))
`,
  },
  {
    name: 'stages-without-model',
    finding: 'get_model_version_stages answers the four stages without looking anything up',
    code: `
show('stages', lambda: c.get_model_version_stages('st-missing', 99))
`,
  },
  {
    name: 'page-tokens',
    finding: 'page tokens are parsed with MLflow messages, and a full page always gets a next token',
    code: `
c.create_registered_model('pt-a')
c.create_registered_model('pt-b')
f = "name LIKE 'pt-%'"
for label, tok in [('garbage', 'garbage'), ('not-a-str', 5), ('empty-dict', 'e30='), ('str-offset', 'eyJvZmZzZXQiOiAiYSJ9'), ('not-json', 'YWJj'), ('offset-1', 'eyJvZmZzZXQiOiAxfQ==')]:
    show(label, lambda: c.search_registered_models(filter_string=f, max_results=1, page_token=tok))
show('max-0', lambda: c.search_registered_models(filter_string=f, max_results=0))
show('max-minus-1', lambda: c.search_registered_models(filter_string=f, max_results=-1))
show('versions-bad-token', lambda: c.search_model_versions(filter_string=f, max_results=1, page_token='garbage'))
`,
  },
  {
    name: 'models-uri-sources',
    finding: 'a models:/ source must resolve before the version is created',
    code: `
c.create_registered_model('ms-m')
show('logged-model-missing', lambda: c.create_model_version('ms-m', 'models:/m-0123456789abcdef'))
show('version-missing', lambda: c.create_model_version('ms-m', 'models:/ms-m/9'))
show('latest', lambda: c.create_model_version('ms-m', 'models:/ms-m/latest'))
show('improper', lambda: c.create_model_version('ms-m', 'models:/'))
show('base', lambda: c.create_model_version('ms-m', 'gs://b/p'))
show('by-version', lambda: c.create_model_version('ms-m', 'models:/ms-m/1'))
show('download-follows', lambda: c.get_model_version_download_uri('ms-m', 2))
`,
  },
  {
    name: 'argument-types',
    finding: 'tags, sources and keys of the wrong type fail where MLflow uses them',
    code: `
show('tags-str', lambda: c.create_registered_model('ty-a', tags='k=v'))
show('tags-pairs', lambda: c.create_registered_model('ty-b', tags=[['k', 'v']]))
show('tags-empty-list', lambda: c.create_registered_model('ty-c', tags=[]))
show('source-int', lambda: c.create_model_version('ty-c', 5))
show('source-none', lambda: c.create_model_version('ty-c', None))
show('rm-tag-key-int', lambda: c.set_registered_model_tag('ty-c', 1, 'v'))
show('rm-tag-delete-bad-key', lambda: c.delete_registered_model_tag('ty-c', ''))
show('mv-tag-key-int', lambda: c.set_model_version_tag('ty-c', 1, 1, 'v'))
`,
  },
  {
    name: 'version-int-errors',
    finding:
      "int() TypeErrors are MlflowException(INTERNAL_ERROR) inside a store session, bare outside; ints past SQLite's range fail to bind",
    code: `
c.create_registered_model('vi-m')
c.create_model_version('vi-m', 's3://b/m')
show('get-none', lambda: c.get_model_version('vi-m', None))
show('delete-list', lambda: c.delete_model_version('vi-m', [1]))
show('download-none', lambda: c.get_model_version_download_uri('vi-m', None))
show('tag-list', lambda: c.set_model_version_tag('vi-m', [1], 'k', 'v'))
show('huge-int', lambda: c.get_model_version('vi-m', 10**20))
show('huge-str', lambda: c.get_model_version('vi-m', '100000000000000000000'))
show('int64-max', lambda: c.get_model_version('vi-m', 2**63 - 1))
show('transition-huge', lambda: c.transition_model_version_stage('vi-m', 2**63, 'Staging'))
`,
  },
  {
    name: 'client-check-order',
    finding:
      'update_model_version refuses description=None first; the download URI and stage arguments come after the prompt check',
    code: `
show('update-none-missing-model', lambda: c.update_model_version('co-missing', 1, description=None))
show('download-missing-model', lambda: c.get_model_version_download_uri('co-missing', 1))
show('transition-int-stage-missing-model', lambda: c.transition_model_version_stage('co-missing', 1, 3))
c.create_registered_model('co-m')
show('transition-int-stage', lambda: c.transition_model_version_stage('co-m', 1, 3))
show('tag-int-stage', lambda: c.set_model_version_tag('co-m', key='k', value='v', stage=3))
`,
  },
  {
    name: 'search-filter-errors',
    finding: "filters are refused in the SQL store's words, with sqlparse's invalid tokens",
    code: `
for f in ["tags.team > 'a'", "name > 'a'", "name == 'a'", "version_number LIKE '1%'", "name = 'a' OR name = 'b'",
          "name IS 'x'", "name LIKE", "run_id IN ()", "run_id IN (1, 2)", "run_id IN ('a', 2)", "timestamp > 0",
          "name = my-model", "name = mymodel", "tags.k = my-model", "name = 'x')", "name = 'x' AND !", "name = 'x' AND", "name = 'unterminated", "name == 'a' AND run_id IN (1, 2)"]:
    show('mv ' + f, lambda: c.search_model_versions(f))
for f in ["tags.team > 'a'", "name == 'a'", "name = 'x' OR name = 'y'", "name LIKE", "name = 'unterminated", "creation_timestamp > 0", ""]:
    show('rm ' + f, lambda: c.search_registered_models(f))
show('rm-int-filter', lambda: c.search_registered_models(5))
show('rm-prompt-filter', lambda: c.search_registered_models("tags.\`mlflow.prompt.is_prompt\` = 'true'"))
`,
  },
  {
    name: 'search-arguments',
    finding: 'max_results and order_by of the wrong type fail as the store uses them',
    code: `
c.create_registered_model('sa-a')
f = "name LIKE 'sa-%'"
show('rm-max-none', lambda: c.search_registered_models(f, max_results=None))
show('rm-max-str', lambda: c.search_registered_models(f, max_results='2'))
show('rm-max-float', lambda: c.search_registered_models(f, max_results=2.5))
show('mv-max-none', lambda: c.search_model_versions(f, max_results=None))
show('mv-max-str', lambda: c.search_model_versions(f, max_results='2'))
show('rm-order-str', lambda: c.search_registered_models(f, order_by='name'))
show('mv-order-str', lambda: c.search_model_versions(f, order_by='name'))
show('rm-order-int', lambda: c.search_registered_models(f, order_by=5))
show('mv-order-int-bad-filter', lambda: c.search_model_versions("bogus = 'x'", order_by=5))
show('mv-order-tag', lambda: c.search_model_versions(f, order_by=['tags.k']))
show('mv-order-metrics', lambda: c.search_model_versions(f, order_by=['metrics.k']))
`,
  },
  {
    name: 'timestamp-order',
    finding: "registered models ordered by 'timestamp' sort on last_updated_timestamp",
    code: `
import time
c.create_registered_model('to-a')
time.sleep(0.01)
c.create_registered_model('to-b')
time.sleep(0.01)
c.update_registered_model('to-a', description='touched')
show('timestamp-desc', lambda: [m.name for m in c.search_registered_models("name LIKE 'to-%'", order_by=['timestamp DESC'])])
`,
  },
  {
    name: 'version-tag-order',
    finding:
      "model-version tags: version-or-stage, the prompt check, the version's int(), the key, then the version itself",
    code: `
c.create_registered_model('vt-m')
c.create_model_version('vt-m', 's3://b/m')
show('zero-version', lambda: c.set_model_version_tag('vt-missing', 0, 'k', 'v'))
show('bad-key-missing-version', lambda: c.set_model_version_tag('vt-m', 1.5, '', 'v'))
show('bad-version-bad-key', lambda: c.set_model_version_tag('vt-m', 'abc', '', 'v'))
show('value-100000', lambda: c.set_model_version_tag('vt-m', 1, 'k', 'v' * 100000))
show('value-100001', lambda: c.set_model_version_tag('vt-m', 1, 'k', 'v' * 100001))
show('rm-value-100001', lambda: c.set_registered_model_tag('vt-m', 'k', 'v' * 100001))
show('delete-bad-key', lambda: c.delete_model_version_tag('vt-m', 1, '../x'))
show('stage-warnings', lambda: c.set_model_version_tag('vt-m', key='k', value='v', stage='None'))
show('stage-warnings-again', lambda: c.set_model_version_tag('vt-m', key='k', value='v', stage='None'))
`,
  },
  {
    name: 'register-and-rename',
    finding:
      "register_model of a run without a logged model fails with INTERNAL_ERROR; renaming onto a taken name shows SQLAlchemy's whole text",
    code: `
r = c.create_run('0')
_ids[r.info.run_id] = '<run>'
show('register-run', lambda: mlflow.register_model('runs:/' + r.info.run_id + '/model', 'rr-a'))
show('register-none', lambda: mlflow.register_model(None, 'rr-b'))
c.create_registered_model('rr-c')
show('rename-taken', lambda: c.rename_registered_model('rr-c', 'rr-a'))
`,
  },
];
