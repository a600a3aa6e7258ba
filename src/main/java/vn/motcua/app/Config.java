package vn.motcua.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.motcua.answer.AnswerSettings;
import vn.motcua.answer.llm.LlmSettings;
import vn.motcua.officer.OfficerSettings;
import vn.motcua.store.StoreSettings;
import vn.motcua.web.WebSettings;
import vn.motcua.zalo.ZaloSettings;

/**
 * All configuration, loaded once: environment variables first, then {@code motcua.properties} in
 * the working directory (or the file named by MOTCUA_CONFIG), then defaults. Every bad key is
 * reported in one message. Paths are resolved against the motcua home (the launcher's folder).
 */
public record Config(Path home, Path knowledgeBase, Path dataDir, Path indexDir, Path promptsDir, AnswerSettings answer, LlmSettings llm,
        WebSettings web, StoreSettings store, OfficerSettings officer, ZaloSettings zalo) {

    static final String ENV_KB = "MOTCUA_KB_DIR";
    static final String ENV_DATA = "MOTCUA_DATA_DIR";
    static final String ENV_CONFIG = "MOTCUA_CONFIG";
    static final String ENV_INDEX = "MOTCUA_INDEX_DIR";
    static final String ENV_PROMPTS = "MOTCUA_PROMPTS_DIR";
    static final String ENV_MAX_QUESTION = "MOTCUA_MAX_QUESTION_CHARS";
    static final String ENV_LLM_PROVIDER = "MOTCUA_LLM_PROVIDER";
    static final String ENV_LLM_TIMEOUT = "MOTCUA_LLM_TIMEOUT_SECONDS";
    static final String ENV_OLLAMA_URL = "OLLAMA_BASE_URL";
    static final String ENV_OLLAMA_MODEL = "OLLAMA_MODEL";
    static final String ENV_OPENAI_URL = "OPENAI_BASE_URL";
    static final String ENV_OPENAI_MODEL = "OPENAI_MODEL";
    static final String ENV_OPENAI_KEY = "OPENAI_API_KEY";
    static final String ENV_HOST = "MOTCUA_HOST";
    static final String ENV_PORT = "MOTCUA_PORT";
    static final String ENV_CORS = "MOTCUA_CORS_ORIGINS";
    static final String ENV_MAX_BODY = "MOTCUA_MAX_BODY_BYTES";
    static final String ENV_RATE = "MOTCUA_RATE_LIMIT_PER_MINUTE";
    static final String ENV_BURST = "MOTCUA_RATE_LIMIT_BURST";
    static final String ENV_DB_URL = "MOTCUA_DB_URL";
    static final String ENV_DB_USER = "MOTCUA_DB_USER";
    static final String ENV_DB_PASSWORD = "MOTCUA_DB_PASSWORD";
    static final String ENV_RETENTION = "MOTCUA_RETENTION_DAYS";
    static final String ENV_COOKIE_SECURE = "MOTCUA_COOKIE_SECURE";
    static final String ENV_HASH_ITERATIONS = "MOTCUA_OFFICER_HASH_ITERATIONS";
    static final String ENV_SESSION_HOURS = "MOTCUA_OFFICER_SESSION_HOURS";
    static final String ENV_PUBLIC_URL = "MOTCUA_PUBLIC_URL";
    static final String ENV_ZALO_APP_ID = "ZALO_APP_ID";
    static final String ENV_ZALO_APP_SECRET = "ZALO_APP_SECRET";
    static final String ENV_ZALO_OA_SECRET_KEY = "ZALO_OA_SECRET_KEY";
    static final String ENV_ZALO_OPENAPI_URL = "ZALO_OPENAPI_URL";
    static final String ENV_ZALO_OAUTH_URL = "ZALO_OAUTH_URL";
    static final String ENV_ZALO_REFRESH_TOKEN = "ZALO_REFRESH_TOKEN";
    static final String ENV_ZALO_ACCESS_TOKEN = "ZALO_ACCESS_TOKEN";
    static final String ENV_ZALO_WINDOW = "ZALO_WEBHOOK_WINDOW_SECONDS";
    static final String ENV_ZALO_RATE = "ZALO_RATE_LIMIT_PER_SECOND";

    /** Loads from the real environment. */
    public static Config load() {
        String home = System.getProperty("motcua.home", System.getProperty("user.dir"));
        return load(System.getenv(), Path.of(home));
    }

    /** Loads from the given environment; {@code home} is where relative defaults point. */
    static Config load(Map<String, String> env, Path home) {
        Properties file = new Properties();
        List<String> errors = new ArrayList<>();
        Path configFile = env.containsKey(ENV_CONFIG) ? Path.of(env.get(ENV_CONFIG)) : Path.of("motcua.properties");
        if (Files.isRegularFile(configFile)) {
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                file.load(r);
            } catch (IOException e) {
                errors.add(ENV_CONFIG + ": cannot read " + configFile + ": " + e.getMessage());
            }
        } else if (env.containsKey(ENV_CONFIG)) {
            errors.add(ENV_CONFIG + ": no such file: " + configFile);
        }
        Path kb = path(env, file, ENV_KB, "kb.dir", home.resolve("knowledge-base"), home);
        Path data = path(env, file, ENV_DATA, "data.dir", home.resolve("data"), home);
        Path index = path(env, file, ENV_INDEX, "index.dir", data.resolve("index"), home);
        Path prompts = path(env, file, ENV_PROMPTS, "prompts.dir", home.resolve("prompts"), home);
        AnswerSettings answer = AnswerSettings.DEFAULTS;
        String max = value(env, file, ENV_MAX_QUESTION, "answer.max_question_chars");
        if (max != null) {
            try {
                answer = new AnswerSettings(Integer.parseInt(max));
            } catch (IllegalArgumentException e) {
                errors.add(ENV_MAX_QUESTION + ": " + (e instanceof NumberFormatException ? "not a whole number: " + max : e.getMessage()));
            }
        }
        LlmSettings llm = LlmSettings.NONE;
        try {
            llm = llm(env, file);
        } catch (IllegalArgumentException e) {
            errors.add("model settings: " + e.getMessage());
        }
        WebSettings web = WebSettings.DEFAULTS;
        try {
            web = new WebSettings(
                    value(env, file, ENV_HOST, "web.host") == null ? web.host() : value(env, file, ENV_HOST, "web.host"),
                    integer(env, file, ENV_PORT, "web.port", web.port()),
                    value(env, file, ENV_CORS, "web.cors_origins") == null ? List.of()
                            : List.of(value(env, file, ENV_CORS, "web.cors_origins").split("[,\\s]+")),
                    integer(env, file, ENV_MAX_BODY, "web.max_body_bytes", web.maxBodyBytes()),
                    integer(env, file, ENV_RATE, "web.rate_limit_per_minute", web.requestsPerMinute()),
                    integer(env, file, ENV_BURST, "web.rate_limit_burst", web.burst()));
        } catch (IllegalArgumentException e) {
            errors.add("web settings: " + e.getMessage());
        }
        StoreSettings store = StoreSettings.sqlite(data.resolve("motcua.db"));
        try {
            store = new StoreSettings(value(env, file, ENV_DB_URL, "db.url"), value(env, file, ENV_DB_USER, "db.user"),
                    value(env, file, ENV_DB_PASSWORD, "db.password"), data.resolve("motcua.db"),
                    integer(env, file, ENV_RETENTION, "db.retention_days", StoreSettings.DEFAULT_RETENTION_DAYS));
        } catch (IllegalArgumentException e) {
            errors.add("database settings: " + e.getMessage());
        }
        OfficerSettings officer = OfficerSettings.DEFAULTS;
        try {
            String secure = value(env, file, ENV_COOKIE_SECURE, "officer.cookie_secure");
            if (secure != null && !secure.equals("true") && !secure.equals("false")) {
                throw new IllegalArgumentException(ENV_COOKIE_SECURE + " must be true or false: " + secure);
            }
            // Secure by default when the service's public address is https (MOTCUA_PUBLIC_URL); the key overrides.
            String publicUrl = value(env, file, ENV_PUBLIC_URL, "web.public_url");
            boolean https = publicUrl != null && publicUrl.toLowerCase(java.util.Locale.ROOT).startsWith("https://");
            officer = new OfficerSettings(secure == null ? https : "true".equals(secure),
                    integer(env, file, ENV_HASH_ITERATIONS, "officer.hash_iterations", OfficerSettings.DEFAULT_HASH_ITERATIONS),
                    java.time.Duration.ofHours(integer(env, file, ENV_SESSION_HOURS, "officer.session_hours",
                            (int) OfficerSettings.DEFAULT_SESSION_LIFETIME.toHours())));
        } catch (IllegalArgumentException e) {
            errors.add("officer settings: " + e.getMessage());
        }
        ZaloSettings zalo = ZaloSettings.DISABLED;
        try {
            zalo = zalo(env, file);
        } catch (IllegalArgumentException e) {
            errors.add("Zalo settings: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration: " + String.join("; ", errors));
        }
        return new Config(home, kb, data, index, prompts, answer, llm, web, store, officer, zalo);
    }

    private static LlmSettings llm(Map<String, String> env, Properties file) {
        String provider = value(env, file, ENV_LLM_PROVIDER, "llm.provider");
        boolean openai = "openai".equals(provider) || provider == null && value(env, file, ENV_OPENAI_URL, "openai.base_url") != null
                && value(env, file, ENV_OLLAMA_URL, "ollama.base_url") == null;
        if (provider != null && !provider.equals("ollama") && !provider.equals("openai")) {
            throw new IllegalArgumentException(ENV_LLM_PROVIDER + " must be ollama or openai: " + provider);
        }
        String urls = openai ? value(env, file, ENV_OPENAI_URL, "openai.base_url") : value(env, file, ENV_OLLAMA_URL, "ollama.base_url");
        String model = openai ? value(env, file, ENV_OPENAI_MODEL, "openai.model") : value(env, file, ENV_OLLAMA_MODEL, "ollama.model");
        String key = openai ? value(env, file, ENV_OPENAI_KEY, "openai.api_key") : null;
        java.time.Duration timeout = LlmSettings.DEFAULT_TIMEOUT;
        String t = value(env, file, ENV_LLM_TIMEOUT, "llm.timeout_seconds");
        if (t != null) {
            try {
                timeout = java.time.Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(ENV_LLM_TIMEOUT + " is not a number of seconds: " + t, e);
            }
        }
        List<java.net.URI> list = new ArrayList<>();
        if (urls != null) {
            for (String u : urls.split("[,\\s]+")) {
                if (!u.isBlank()) {
                    try {
                        list.add(java.net.URI.create(u.strip()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("not a URL: " + u.strip(), e);
                    }
                }
            }
        }
        return new LlmSettings(openai ? "openai" : "ollama", list, model, key, timeout, 0.1);
    }

    private static ZaloSettings zalo(Map<String, String> env, Properties file) {
        return new ZaloSettings(value(env, file, ENV_ZALO_APP_ID, "zalo.app_id"), value(env, file, ENV_ZALO_APP_SECRET, "zalo.app_secret"),
                value(env, file, ENV_ZALO_OA_SECRET_KEY, "zalo.oa_secret_key"), uri(env, file, ENV_ZALO_OPENAPI_URL, "zalo.openapi_url"),
                uri(env, file, ENV_ZALO_OAUTH_URL, "zalo.oauth_url"), value(env, file, ENV_ZALO_REFRESH_TOKEN, "zalo.refresh_token"),
                value(env, file, ENV_ZALO_ACCESS_TOKEN, "zalo.access_token"), uri(env, file, ENV_PUBLIC_URL, "web.public_url"),
                java.time.Duration.ofSeconds(integer(env, file, ENV_ZALO_WINDOW, "zalo.webhook_window_seconds", (int) ZaloSettings.DEFAULT_WINDOW.toSeconds())),
                integer(env, file, ENV_ZALO_RATE, "zalo.rate_limit_per_second", ZaloSettings.DEFAULT_RATE));
    }

    private static java.net.URI uri(Map<String, String> env, Properties file, String envKey, String fileKey) {
        String v = value(env, file, envKey, fileKey);
        try {
            return v == null ? null : java.net.URI.create(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(envKey + " is not a URL: " + v, e);
        }
    }

    private static int integer(Map<String, String> env, Properties file, String envKey, String fileKey, int fallback) {
        String v = value(env, file, envKey, fileKey);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(envKey + " is not a whole number: " + v, e);
        }
    }

    private static String value(Map<String, String> env, Properties file, String envKey, String fileKey) {
        String v = env.get(envKey);
        if (v == null || v.isBlank()) {
            v = file.getProperty(fileKey);
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Path path(Map<String, String> env, Properties file, String envKey, String fileKey, Path fallback, Path home) {
        String v = env.get(envKey);
        if (v == null || v.isBlank()) {
            v = file.getProperty(fileKey);
        }
        return v == null || v.isBlank() ? fallback : home.resolve(v.strip());
    }
}
