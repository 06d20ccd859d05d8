// The built-in providers as data: where each host lives, which AI SDK provider speaks to it, and where its key comes from.
// Adding a host that speaks the OpenAI chat-completions format is one entry here.

export type ProviderKind = "openai-compatible" | "openai" | "anthropic" | "google" | "ollama";

export interface ProviderPreset {
  id: string;
  kind: ProviderKind;
  defaultBaseURL: string;
  /** Environment variables that may hold the key; the first one set wins. */
  apiKeyEnv: string[];
  /** Environment variable that overrides the base URL: `<ID>_BASE_URL`. */
  baseURLEnv: string;
  keyRequired: boolean;
  /** The project's own test double: its results are never a model's results. */
  simulated?: boolean;
  docs: string;
}

/** `llama-api` -> `LLAMA_API_BASE_URL`: the one naming rule for every provider, built-in or custom. */
export function baseURLEnvFor(id: string): string {
  return `${id.toUpperCase().replaceAll("-", "_")}_BASE_URL`;
}

type PresetData = Omit<ProviderPreset, "baseURLEnv">;

const presetData: PresetData[] = [
  { id: "openai", kind: "openai", defaultBaseURL: "https://api.openai.com/v1", apiKeyEnv: ["OPENAI_API_KEY"], keyRequired: true, docs: "OpenAI chat completions (api.openai.com)." },
  { id: "anthropic", kind: "anthropic", defaultBaseURL: "https://api.anthropic.com/v1", apiKeyEnv: ["ANTHROPIC_API_KEY"], keyRequired: true, docs: "Anthropic Messages API." },
  { id: "google", kind: "google", defaultBaseURL: "https://generativelanguage.googleapis.com/v1beta", apiKeyEnv: ["GOOGLE_GENERATIVE_AI_API_KEY", "GEMINI_API_KEY"], keyRequired: true, docs: "Google Gemini API (Generative Language)." },
  { id: "ollama", kind: "ollama", defaultBaseURL: "http://127.0.0.1:11434/api", apiKeyEnv: [], keyRequired: false, docs: "Local Ollama native API, started with `OLLAMA_CONTEXT_LENGTH=32768 ollama serve` (then `ollama pull <model>`); it truncates prompts past its context silently." },
  { id: "groq", kind: "openai-compatible", defaultBaseURL: "https://api.groq.com/openai/v1", apiKeyEnv: ["GROQ_API_KEY"], keyRequired: true, docs: "Groq, OpenAI-compatible endpoint." },
  { id: "together", kind: "openai-compatible", defaultBaseURL: "https://api.together.xyz/v1", apiKeyEnv: ["TOGETHER_API_KEY"], keyRequired: true, docs: "Together AI, OpenAI-compatible endpoint." },
  { id: "openrouter", kind: "openai-compatible", defaultBaseURL: "https://openrouter.ai/api/v1", apiKeyEnv: ["OPENROUTER_API_KEY"], keyRequired: true, docs: "OpenRouter, routes to many hosts behind one OpenAI-compatible endpoint." },
  { id: "huggingface", kind: "openai-compatible", defaultBaseURL: "https://router.huggingface.co/v1", apiKeyEnv: ["HF_TOKEN"], keyRequired: true, docs: "Hugging Face inference router, OpenAI-compatible." },
  { id: "fireworks", kind: "openai-compatible", defaultBaseURL: "https://api.fireworks.ai/inference/v1", apiKeyEnv: ["FIREWORKS_API_KEY"], keyRequired: true, docs: "Fireworks AI, OpenAI-compatible endpoint." },
  { id: "deepinfra", kind: "openai-compatible", defaultBaseURL: "https://api.deepinfra.com/v1/openai", apiKeyEnv: ["DEEPINFRA_API_KEY"], keyRequired: true, docs: "DeepInfra, OpenAI-compatible endpoint." },
  { id: "llama-api", kind: "openai-compatible", defaultBaseURL: "https://api.llama.com/compat/v1", apiKeyEnv: ["LLAMA_API_KEY"], keyRequired: true, docs: "Meta's Llama API, OpenAI-compatible endpoint." },
  { id: "vllm", kind: "openai-compatible", defaultBaseURL: "http://127.0.0.1:8000/v1", apiKeyEnv: ["VLLM_API_KEY"], keyRequired: false, docs: "A vLLM server, started with `vllm serve <hf-model-id> --port 8000 --max-model-len 32768` (key only with --api-key)." },
  { id: "llamacpp-server", kind: "openai-compatible", defaultBaseURL: "http://127.0.0.1:8080/v1", apiKeyEnv: ["LLAMACPP_SERVER_API_KEY"], keyRequired: false, docs: "A llama.cpp llama-server, started with `llama-server -m model.gguf -c 32768 --jinja --port 8080` (key only with --api-key)." },
  { id: "lmstudio", kind: "openai-compatible", defaultBaseURL: "http://127.0.0.1:1234/v1", apiKeyEnv: ["LMSTUDIO_API_KEY"], keyRequired: false, docs: "LM Studio's local server." },
  { id: "simulator", kind: "openai-compatible", defaultBaseURL: "http://127.0.0.1:7357/v1", apiKeyEnv: [], keyRequired: false, simulated: true, docs: "realitycheck's provider simulator: a scripted test double, never a model's result." },
];

export const providerPresets: ReadonlyMap<string, ProviderPreset> = new Map(
  presetData.map((preset) => [preset.id, { ...preset, baseURLEnv: baseURLEnvFor(preset.id) }]),
);
