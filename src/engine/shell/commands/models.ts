// `mlflow models`, declared as in mlflow/models/cli.py (3.x): docstrings and options are
// MLflow's, so `--help` pages and usage errors match (facts §6.1-6.2, §7). `serve` is simulated;
// the others parse like the real ones and then explain what they would do.
import type { CommandSpec, GroupSpec, OptionSpec, ParamValues } from '../click/spec.ts';
import type { ProgramContext } from '../program.ts';
import { serve } from '../serve/start.ts';
import {
  ENABLE_MLSERVER,
  ENV_MANAGER,
  ENV_MANAGER_DOCKERFILE,
  HOST,
  INSTALL_JAVA,
  INSTALL_MLFLOW,
  MLFLOW_HOME,
  MODEL_URI,
  MODEL_URI_BUILD_DOCKER,
  MODELS_WORKERS,
  NO_CONDA,
  PORT,
  TIMEOUT,
} from './cli-args.ts';
import { LIST_VERSIONS, TRANSITION_STAGE } from './shorthand.ts';

/** What a command the simulator does not carry out prints instead (stdout, exit 0). */
function explain(what: string): CommandSpec['run'] {
  return (ctx: ProgramContext, values: ParamValues, path: string) => {
    const uri = values['model_uri'] ? ` for ${String(values['model_uri'])}` : '';
    ctx.out(`${path}: in real MLflow this ${what}${uri}.\n`);
    ctx.out(
      'This simulator covers the model registry and `mlflow models serve`; it does not build images or environments.\n',
    );
    return 0;
  };
}

const SERVE_HELP = `
    Serve a model saved with MLflow by launching a webserver on the specified host and port.
    The command supports models with the \`\`python_function\`\` or \`\`crate\`\` (R Function) flavor.
    For information about the input data formats accepted by the webserver, see the following
    documentation: https://www.mlflow.org/docs/latest/models.html#built-in-deployment-tools.

    .. warning::

        Models built using MLflow 1.x will require adjustments to the endpoint request payload
        if executed in an environment that has MLflow 2.x installed. In 1.x, a request payload
        was in the format: \`\`{'columns': [str], 'data': [[...]]}\`\`. 2.x models require
        payloads that are defined by the structural-defining keys of either \`\`dataframe_split\`\`,
        \`\`instances\`\`, \`\`inputs\`\` or \`\`dataframe_records\`\`. See the examples below for
        demonstrations of the changes to the invocation API endpoint in 2.0.

    .. note::

        Requests made in pandas DataFrame structures can be made in either \`split\` or \`records\`
        oriented formats.
        See https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.to_json.html for
        detailed information on orientation formats for converting a pandas DataFrame to json.

    Example:

    .. code-block:: bash

        $ mlflow models serve -m runs:/my-run-id/model-path &

        # records orientation input format for serializing a pandas DataFrame
        $ curl http://127.0.0.1:5000/invocations -H 'Content-Type: application/json' -d '{
            "dataframe_records": [{"a":1, "b":2}, {"a":3, "b":4}, {"a":5, "b":6}]
        }'

        # split orientation input format for serializing a pandas DataFrame
        $ curl http://127.0.0.1:5000/invocations -H 'Content-Type: application/json' -d '{
            "dataframe_split": {"columns": ["a", "b"],
                                "index": [0, 1, 2],
                                "data": [[1, 2], [3, 4], [5, 6]]}
        }'

        # inputs format for List submission of array, tensor, or DataFrame data
        $ curl http://127.0.0.1:5000/invocations -H 'Content-Type: application/json' -d '{
            "inputs": [[1, 2], [3, 4], [5, 6]]
        }'

        # instances format for submission of Tensor data
        curl http://127.0.0.1:5000/invocations -H 'Content-Type: application/json' -d '{
            "instances": [
                {"a": "t1", "b": [1, 2, 3]},
                {"a": "t2", "b": [4, 5, 6]},
                {"a": "t3", "b": [7, 8, 9]}
            ]
        }'

    `;

export const SERVE: CommandSpec = {
  kind: 'command',
  name: 'serve',
  help: SERVE_HELP,
  options: [MODEL_URI, PORT, HOST, TIMEOUT, MODELS_WORKERS, ENV_MANAGER, NO_CONDA, INSTALL_MLFLOW, ENABLE_MLSERVER],
  run: (ctx, values) => serve(ctx, values),
};

const PREDICT_OPTIONS: OptionSpec[] = [
  MODEL_URI,
  {
    name: 'input_path',
    opts: ['--input-path', '-i'],
    default: null,
    help: 'CSV containing pandas DataFrame to predict against.',
  },
  {
    name: 'output_path',
    opts: ['--output-path', '-o'],
    default: null,
    help: 'File to output results to as json file. If not provided, output to stdout.',
  },
  {
    name: 'content_type',
    opts: ['--content-type', '-t'],
    default: 'json',
    help: "Content type of the input file. Can be one of {'json', 'csv'}.",
  },
  ENV_MANAGER,
  INSTALL_MLFLOW,
  {
    name: 'pip_requirements_override',
    opts: ['--pip-requirements-override', '-r'],
    default: null,
    help: 'Specify packages and versions to override the dependencies defined in the model. Must be a comma-separated string like x==y,z==a.',
  },
  {
    name: 'env',
    opts: ['--env'],
    type: { kind: 'custom', name: 'key=value' },
    default: null,
    help: 'Extra environment variables to set when running the model. Must be key value pairs, e.g. `--env key=value`.',
  },
];

export const PREDICT: CommandSpec = {
  kind: 'command',
  name: 'predict',
  help: `
    Generate predictions in json format using a saved MLflow model. For information about the input
    data formats accepted by this function, see the following documentation:
    https://www.mlflow.org/docs/latest/models.html#built-in-deployment-tools.
    `,
  options: PREDICT_OPTIONS,
  run: explain('would create the model environment and write its predictions for --input-path'),
};

export const PREPARE_ENV: CommandSpec = {
  kind: 'command',
  name: 'prepare-env',
  help: `
    Performs any preparation necessary to predict or serve the model, for example
    downloading dependencies or initializing a conda environment. After preparation,
    calling predict or serve should be fast.
    `,
  options: [MODEL_URI, ENV_MANAGER, INSTALL_MLFLOW],
  run: explain("would download the model's dependencies and create its environment"),
};

export const GENERATE_DOCKERFILE: CommandSpec = {
  kind: 'command',
  name: 'generate-dockerfile',
  help: `
    Generates a directory with Dockerfile whose default entrypoint serves an MLflow model at port
    8080 using the python_function flavor. The generated Dockerfile is written to the specified
    output directory, along with the model (if specified). This Dockerfile defines an image that
    is equivalent to the one produced by \`\`mlflow models build-docker\`\`.
    `,
  options: [
    MODEL_URI_BUILD_DOCKER,
    {
      name: 'output_directory',
      opts: ['--output-directory', '-d'],
      default: 'mlflow-dockerfile',
      help: 'Output directory where the generated Dockerfile is stored.',
    },
    ENV_MANAGER_DOCKERFILE,
    MLFLOW_HOME,
    INSTALL_JAVA,
    INSTALL_MLFLOW,
    ENABLE_MLSERVER,
  ],
  run: explain('would write a Dockerfile (and the model) into --output-directory'),
};

export const BUILD_DOCKER: CommandSpec = {
  kind: 'command',
  name: 'build-docker',
  help: `
    Builds a Docker image whose default entrypoint serves an MLflow model at port 8080, using the
    python_function flavor. The container serves the model referenced by \`\`--model-uri\`\`, if
    specified when \`\`build-docker\`\` is called. If \`\`--model-uri\`\` is not specified when build_docker
    is called, an MLflow Model directory must be mounted as a volume into the /opt/ml/model
    directory in the container.

    Building a Docker image with \`\`--model-uri\`\`:

    .. code:: bash

        # Build a Docker image named 'my-image-name' that serves the model from run 'some-run-uuid'
        # at run-relative artifact path 'my-model'
        mlflow models build-docker --model-uri "runs:/some-run-uuid/my-model" --name "my-image-name"
        # Serve the model
        docker run -p 5001:8080 "my-image-name"

    Building a Docker image without \`\`--model-uri\`\`:

    .. code:: bash

        # Build a generic Docker image named 'my-image-name'
        mlflow models build-docker --name "my-image-name"
        # Mount the model stored in '/local/path/to/artifacts/model' and serve it
        docker run --rm -p 5001:8080 -v /local/path/to/artifacts/model:/opt/ml/model "my-image-name"

    .. important::

        Since MLflow 2.10.1, the Docker image built with \`\`--model-uri\`\` does **not install Java**
        for improved performance, unless the model flavor is one of \`\`["johnsnowlabs", "h2o",
        "spark"]\`\`. If you need to install Java for other flavors, e.g. custom Python model
        that uses SparkML, please specify the \`\`--install-java\`\` flag to enforce Java installation.

    NB: by default, the container will start nginx and uvicorn processes. If you don't need the
    nginx process to be started (for instance if you deploy your container to Google Cloud Run),
    you can disable it via the DISABLE_NGINX environment variable:

    .. code:: bash

        docker run -p 5001:8080 -e DISABLE_NGINX=true "my-image-name"

    By default, the number of uvicorn workers is set to CPU count. If you want to set a custom
    number of workers, you can set the MLFLOW_MODELS_WORKERS environment variable:

    .. code:: bash

        docker run -p 5001:8080 -e MLFLOW_MODELS_WORKERS=4 "my-image-name"

    See https://www.mlflow.org/docs/latest/python_api/mlflow.pyfunc.html for more information on the
    'python_function' flavor.
    `,
  options: [
    MODEL_URI_BUILD_DOCKER,
    { name: 'name', opts: ['--name', '-n'], default: 'mlflow-pyfunc-servable', help: 'Name to use for built image' },
    ENV_MANAGER,
    MLFLOW_HOME,
    INSTALL_JAVA,
    INSTALL_MLFLOW,
    ENABLE_MLSERVER,
  ],
  run: explain('would build a Docker image that serves the model at port 8080'),
};

export const UPDATE_PIP_REQUIREMENTS: CommandSpec = {
  kind: 'command',
  name: 'update-pip-requirements',
  help: `
    Add or remove requirements from a model's conda.yaml and requirements.txt files.
    If using a remote tracking server, please make sure to set the MLFLOW_TRACKING_URI
    environment variable to the URL of the desired server.

    REQUIREMENT_STRINGS is a list of pip requirements specifiers.
    See below for examples.

    Sample usage:

    .. code::

        # Add requirements using the model's "runs:/" URI

        mlflow models update-pip-requirements -m runs:/<run_id>/<model_path> \\\\
            add "pandas==1.0.0" "scikit-learn" "mlflow >= 2.8, != 2.9.0"

        # Remove requirements from a local model

        mlflow models update-pip-requirements -m /path/to/local/model \\\\
            remove "torchvision" "pydantic"

    Note that model registry URIs (i.e. URIs in the form \`\`models:/\`\`) are not
    supported, as artifacts in the model registry are intended to be read-only.
    Editing requirements is read-only artifact repositories is also not supported.

    If adding requirements, the function will overwrite any existing requirements
    that overlap, or else append the new requirements to the existing list.

    If removing requirements, the function will ignore any version specifiers,
    and remove all the specified package names. Any requirements that are not
    found in the existing files will be ignored.
    `,
  options: [MODEL_URI],
  arguments: [
    { name: 'operation', type: { kind: 'choice', choices: ['add', 'remove'] } },
    { name: 'requirement_strings', nargs: -1 },
  ],
  run: explain("would rewrite the requirements in the model's conda.yaml and requirements.txt"),
};

export const MODELS_GROUP: GroupSpec = {
  kind: 'group',
  name: 'models',
  help: `
    Deploy MLflow models locally.

    To deploy a model associated with a run on a tracking server, set the MLFLOW_TRACKING_URI
    environment variable to the URL of the desired server.
    `,
  options: [],
  commands: [
    SERVE,
    PREDICT,
    PREPARE_ENV,
    GENERATE_DOCKERFILE,
    BUILD_DOCKER,
    UPDATE_PIP_REQUIREMENTS,
    TRANSITION_STAGE,
    LIST_VERSIONS,
  ],
};
