package vn.motcua.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.OfficerAnswers;
import vn.motcua.answer.Prompts;
import vn.motcua.answer.RecordedModel;
import vn.motcua.answer.llm.LangchainModel;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import vn.motcua.chat.ChatService;
import vn.motcua.chat.DatabaseConversations;
import vn.motcua.chat.DatabaseFeedback;
import vn.motcua.chat.HandoffService;
import vn.motcua.chat.InMemoryConversations;
import vn.motcua.officer.OfficerAccounts;
import vn.motcua.officer.OfficerRoutes;
import vn.motcua.store.AuditStore;
import vn.motcua.store.OfficerStore;
import vn.motcua.store.AnalyticsStore;
import vn.motcua.store.ConversationStore;
import vn.motcua.store.Database;
import vn.motcua.store.FeedbackStore;
import vn.motcua.store.TicketStore;
import vn.motcua.store.Retention;
import vn.motcua.web.WebServer;
import vn.motcua.web.WebSettings;
import vn.motcua.store.ZaloStore;
import vn.motcua.zalo.ZaloAuthorization;
import vn.motcua.zalo.ZaloClient;
import vn.motcua.zalo.ZaloOAuth;
import vn.motcua.zalo.ZaloResponder;
import vn.motcua.zalo.ZaloTokens;
import vn.motcua.zalo.ZaloWebhook;
import vn.motcua.catalog.BqpImporter;
import vn.motcua.catalog.CatalogChecker;
import vn.motcua.catalog.CatalogImporter;
import vn.motcua.catalog.DocxImporter;
import vn.motcua.catalog.FeeParser;
import vn.motcua.catalog.ImportFormat;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.PortalJsonImporter;
import vn.motcua.catalog.ProcedureStore;
import vn.motcua.catalog.RecordMerger;
import vn.motcua.catalog.RegulationImport;
import vn.motcua.catalog.RegulationImporter;
import vn.motcua.catalog.RegulationStore;
import vn.motcua.catalog.Progress;
import vn.motcua.search.CitizenPhrasings;
import vn.motcua.search.GuidanceSearcher;
import vn.motcua.search.IndexBuilder;
import vn.motcua.search.IndexMaintainer;
import vn.motcua.search.LiveIndex;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.RegulationSearcher;
import vn.motcua.search.SearchSettings;
import vn.motcua.search.Synonyms;

/** Builds the object graph from {@link Config}; the only class that calls {@code new} on services. */
final class Wiring {

    private final Config config;
    private final ObjectMapper json = KnowledgeBaseJson.mapper();
    private LiveIndex liveIndex;
    private Map<String, List<String>> phrasings;
    private Database database;

    Wiring(Config config) {
        this.config = config;
    }

    Config config() {
        return config;
    }

    ObjectMapper json() {
        return json;
    }

    ProcedureStore procedureStore() {
        return new ProcedureStore(config.knowledgeBase(), json);
    }

    CatalogImporter catalogImporter() {
        FeeParser fees = new FeeParser(LocalDate.now());
        return new CatalogImporter(procedureStore(), Map.of(
                ImportFormat.PORTAL_JSON, new PortalJsonImporter(json, fees)::read,
                ImportFormat.DOCX, new DocxImporter(fees)::read,
                ImportFormat.BQP, new BqpImporter(json, fees)::read),
                new RecordMerger());
    }

    RegulationImport regulationImport() {
        return new RegulationImport(new RegulationImporter(), regulationStore());
    }

    RegulationStore regulationStore() {
        return new RegulationStore(config.knowledgeBase(), json);
    }

    IndexMaintainer indexMaintainer() {
        return new IndexMaintainer(new IndexBuilder(config.indexDir(), json), config.knowledgeBase(), procedureStore(), regulationStore());
    }

    Synonyms synonyms() {
        Path file = config.knowledgeBase().resolve("synonyms.txt");
        return Files.isRegularFile(file) ? Synonyms.load(file) : Synonyms.none();
    }

    /** Opens the current index, building it first when the knowledge base changed. */
    synchronized LiveIndex liveIndex(Progress progress) {
        if (liveIndex == null) {
            liveIndex = new LiveIndex(indexMaintainer().ensureCurrent(false, progress).generation());
        }
        return liveIndex;
    }

    ProcedureSearcher procedureSearcher(LiveIndex index, SearchSettings settings) {
        return new ProcedureSearcher(index, settings, synonyms(), json, phrasings());
    }

    /** How citizens ask for each procedure ({@link CitizenPhrasings}), read once: every searcher's vocabulary holds them. */
    private synchronized Map<String, List<String>> phrasings() {
        if (phrasings == null) {
            phrasings = CitizenPhrasings.load(config.knowledgeBase(), json);
        }
        return phrasings;
    }

    RegulationSearcher regulationSearcher(LiveIndex index) {
        return new RegulationSearcher(index, SearchSettings.PRODUCTION, synonyms(), json);
    }

    /** The answer pipeline over an open index: grounded, or with the configured model in front. */
    AnswerService answerService(LiveIndex index) {
        ProcedureSearcher procedures = procedureSearcher(index, SearchSettings.PRODUCTION);
        RegulationSearcher regulations = regulationSearcher(index);
        if (!config.llm().enabled()) {
            return AnswerService.grounded(procedures, regulations, config.answer());
        }
        return AnswerService.withModels(procedures, regulations, config.answer(), LangchainModel.endpoints(config.llm()),
                Prompts.load(config.promptsDir()), config.llm().timeout());
    }

    /**
     * The pipeline for an evaluation run: grounded, or with the configured model behind a recorder
     * that keeps every call in {@code cache} ({@code offline}: answer only from it).
     */
    AnswerService answerService(LiveIndex index, boolean llm, Path cache, boolean offline) {
        if (!llm) {
            return AnswerService.grounded(procedureSearcher(index, SearchSettings.PRODUCTION), regulationSearcher(index), config.answer());
        }
        if (config.llm().model() == null) {
            throw new IllegalArgumentException("--mode llm needs a model: set OLLAMA_MODEL (and OLLAMA_BASE_URL unless --offline)");
        }
        String identity = modelIdentity(offline, cache);
        String options = "temperature=" + config.llm().temperature();
        java.util.List<vn.motcua.answer.LanguageModel> models = new java.util.ArrayList<>();
        if (offline || config.llm().baseUrls().isEmpty()) {
            models.add(new RecordedModel(null, identity, options, cache, json));
        } else {
            for (vn.motcua.answer.LanguageModel live : LangchainModel.endpoints(config.llm())) {
                models.add(new RecordedModel(live, identity, options, cache, json));
            }
        }
        return AnswerService.withModels(procedureSearcher(index, SearchSettings.PRODUCTION), regulationSearcher(index), config.answer(),
                models, Prompts.load(config.promptsDir()), config.llm().timeout());
    }

    private String modelIdentity;

    /**
     * The model and its digest: read from the server and noted in {@code cache/model.json} when
     * recording; read back from that note when re-scoring offline.
     */
    synchronized String modelIdentity(boolean offline, Path cache) {
        if (modelIdentity == null) {
            Path note = cache.resolve("model.json");
            try {
                if (offline) {
                    if (!Files.isRegularFile(note)) {
                        throw new IllegalArgumentException("no recorded run in " + cache + " (missing model.json): record one with a reachable model first");
                    }
                    modelIdentity = json.readTree(note.toFile()).path("model").asText();
                } else {
                    modelIdentity = LangchainModel.identity(config.llm());
                    vn.motcua.catalog.AtomicFiles.write(note, json.writeValueAsString(java.util.Map.of("model", modelIdentity)) + "\n");
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read or write " + note, e);
            }
        }
        return modelIdentity;
    }

    /** The identity of the model used by the last {@code answerService(…, llm = true, …)}, or null. */
    synchronized String modelIdentity() {
        return modelIdentity;
    }

    /** The database, opened and migrated on first use (SQLite under the data folder unless MOTCUA_DB_URL says otherwise). */
    synchronized Database database() {
        if (database == null) {
            database = Database.open(config.store());
        }
        return database;
    }

    /** Closes the database if it was opened. */
    synchronized void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Deletes what is older than the retention period (MOTCUA_RETENTION_DAYS). */
    Retention.Purged purgeExpired() {
        java.time.Instant cutoff = java.time.Instant.now().minus(java.time.Duration.ofDays(config.store().retentionDays()));
        new ZaloStore(database(), java.time.Clock.systemUTC()).purgeEvents(cutoff);
        return new Retention(database()).purge(cutoff);
    }

    /** Officers' conversations are kept apart from citizens', in memory (a restart forgets them). */
    private static final int OFFICER_CONVERSATIONS = 10_000;

    /** The web server over an open index, on the configured port or {@code port} when given; state lives in the database. */
    WebServer webServer(LiveIndex index, Integer port) {
        AnswerService answers = answerService(index);
        java.time.Clock clock = java.time.Clock.systemUTC();
        ChatService chat = new ChatService(answers, new DatabaseConversations(new ConversationStore(database(), clock), json), clock);
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        WebSettings web = port == null ? config.web() : config.web().withPort(port);
        HandoffService handoffs = new HandoffService(new TicketStore(database(), clock));
        OfficerAnswers officerAnswers = new OfficerAnswers(answers, new GuidanceSearcher(index, SearchSettings.PRODUCTION, synonyms(), json));
        return new WebServer(chat, answers, new DatabaseFeedback(new FeedbackStore(database())), handoffs, metrics, web, json,
                java.util.List.of(new OfficerRoutes(handoffs, new AnalyticsStore(database()), officerAccounts(), officerAnswers,
                        new InMemoryConversations(OFFICER_CONVERSATIONS), clock, json, config.officer()), zaloWebhook(chat, handoffs, clock)));
    }

    /** Officer accounts, sessions and the audit log, in the database. */
    OfficerAccounts officerAccounts() {
        java.time.Clock clock = java.time.Clock.systemUTC();
        return new OfficerAccounts(new OfficerStore(database(), clock), new AuditStore(database(), clock), config.officer(), clock);
    }

    private okhttp3.OkHttpClient http;
    private ZaloWebhook zaloWebhook;

    /** The one OkHttp client (shared, as OkHttp advises), with explicit timeouts and no silent retries: the Zalo client retries itself, boundedly. */
    synchronized okhttp3.OkHttpClient http() {
        if (http == null) {
            http = new okhttp3.OkHttpClient.Builder()
                    .connectTimeout(java.time.Duration.ofSeconds(5))
                    .readTimeout(java.time.Duration.ofSeconds(10))
                    .writeTimeout(java.time.Duration.ofSeconds(10))
                    .callTimeout(java.time.Duration.ofSeconds(20))
                    .retryOnConnectionFailure(false)
                    .build();
        }
        return http;
    }

    /** The Zalo OA tokens over the database, seeded from ZALO_REFRESH_TOKEN when the database holds none. */
    ZaloTokens zaloTokens(java.time.Clock clock) {
        ZaloTokens tokens = new ZaloTokens(new ZaloStore(database(), clock), new ZaloOAuth(http(), config.zalo(), json), clock);
        tokens.seed(config.zalo().refreshToken(), config.zalo().accessToken());
        return tokens;
    }

    /** The OA authorization of {@code motcua zalo authorize}. */
    ZaloAuthorization zaloAuthorization() {
        java.time.Clock clock = java.time.Clock.systemUTC();
        return new ZaloAuthorization(config.zalo(), new ZaloOAuth(http(), config.zalo(), json), new ZaloStore(database(), clock), clock);
    }

    /** The Zalo webhook; it registers nothing unless ZALO_APP_ID and ZALO_OA_SECRET_KEY are set. */
    private synchronized java.util.function.Consumer<io.javalin.config.RoutesConfig> zaloWebhook(ChatService chat, HandoffService handoffs, java.time.Clock clock) {
        if (!config.zalo().isEnabled()) {
            return routes -> { };
        }
        ZaloStore store = new ZaloStore(database(), clock);
        ZaloClient client = new ZaloClient(http(), config.zalo(), zaloTokens(clock), json);
        zaloWebhook = new ZaloWebhook(config.zalo(), store, new ZaloResponder(chat, handoffs, client, store, config.zalo()), json, clock);
        return zaloWebhook;
    }

    /** Stops the channels' background work (the Zalo workers), letting what is under way finish briefly. */
    synchronized void closeChannels() {
        if (zaloWebhook != null) {
            zaloWebhook.close();
            zaloWebhook = null;
        }
    }

    CatalogChecker catalogChecker() {
        return new CatalogChecker(procedureStore(), json);
    }
}
