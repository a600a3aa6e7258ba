package vn.motcua.chat;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.motcua.answer.DialogueState;
import vn.motcua.catalog.AtomicFiles;

/**
 * Conversation states as one small JSON file per session, written atomically, so the command line
 * ({@code motcua ask --session ID}) keeps a conversation across runs.
 */
public final class FileConversations implements ConversationRepository {

    private final Path dir;
    private final ObjectMapper json;

    public FileConversations(Path dir, ObjectMapper json) {
        this.dir = requireNonNull(dir, "dir may not be null");
        this.json = requireNonNull(json, "json may not be null");
    }

    @Override
    public Optional<DialogueState> find(String sessionId) {
        Path f = dir.resolve(SessionId.check(sessionId) + ".json");
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(f.toFile(), DialogueState.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read conversation " + f, e);
        }
    }

    @Override
    public void save(String sessionId, DialogueState state) {
        Path f = dir.resolve(SessionId.check(sessionId) + ".json");
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(f, json.writeValueAsString(state));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write conversation " + f, e);
        }
    }
}
