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

/**
 * All configuration, loaded once: environment variables first, then {@code motcua.properties} in
 * the working directory (or the file named by MOTCUA_CONFIG), then defaults. Every bad key is
 * reported in one message. Paths are resolved against the motcua home (the launcher's folder).
 */
public record Config(Path home, Path knowledgeBase, Path dataDir, Path indexDir) {

    static final String ENV_KB = "MOTCUA_KB_DIR";
    static final String ENV_DATA = "MOTCUA_DATA_DIR";
    static final String ENV_CONFIG = "MOTCUA_CONFIG";
    static final String ENV_INDEX = "MOTCUA_INDEX_DIR";

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
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration: " + String.join("; ", errors));
        }
        return new Config(home, kb, data, index);
    }

    private static Path path(Map<String, String> env, Properties file, String envKey, String fileKey, Path fallback, Path home) {
        String v = env.get(envKey);
        if (v == null || v.isBlank()) {
            v = file.getProperty(fileKey);
        }
        return v == null || v.isBlank() ? fallback : home.resolve(v.strip());
    }
}
