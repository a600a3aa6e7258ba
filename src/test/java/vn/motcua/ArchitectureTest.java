package vn.motcua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of STYLE.md §1, one rule per row of its table. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua");

    @Test
    void nothingImportsTheApplicationShell() {
        noClasses().that().resideOutsideOfPackage("vn.motcua.app..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void catalogUsesOnlyTheJdkJacksonAndItsParsers() {
        noClasses().that().resideInAPackage("vn.motcua.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.motcua.search..", "vn.motcua.answer..", "vn.motcua.chat..", "vn.motcua.web..",
                        "vn.motcua.zalo..", "vn.motcua.officer..", "vn.motcua.store..", "vn.motcua.eval..",
                        "io.javalin..", "okhttp3..", "dev.langchain4j..", "org.apache.lucene..")
                .check(classes);
    }

    @Test
    void picocliStaysInTheShell() {
        noClasses().that().resideOutsideOfPackage("vn.motcua.app..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void searchKnowsNothingOfHttpOrLanguageModels() {
        noClasses().that().resideInAPackage("vn.motcua.search..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "okhttp3..", "dev.langchain4j..",
                        "vn.motcua.answer..", "vn.motcua.chat..", "vn.motcua.web..", "vn.motcua.zalo..", "vn.motcua.eval..")
                .check(classes);
    }

    @Test
    void luceneStaysInSearch() {
        noClasses().that().resideOutsideOfPackage("vn.motcua.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void evalRunsInProcessWithoutEdges() {
        noClasses().that().resideInAPackage("vn.motcua.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.web..", "vn.motcua.zalo..", "vn.motcua.officer..",
                        "vn.motcua.app..", "io.javalin..", "okhttp3..")
                .check(classes);
    }

    @Test
    void answerNeverReachesChannelsOrConversations() {
        noClasses().that().resideInAPackage("vn.motcua.answer..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.chat..", "vn.motcua.web..", "vn.motcua.zalo..",
                        "vn.motcua.officer..", "vn.motcua.store..", "io.javalin..", "okhttp3..")
                .check(classes);
    }

    @Test
    void langchain4jStaysInAnswerLlm() {
        noClasses().that().resideOutsideOfPackage("vn.motcua.answer.llm..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(classes);
    }

    @Test
    void chatKnowsNothingOfHttpOrEdges() {
        noClasses().that().resideInAPackage("vn.motcua.chat..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "okhttp3..", "org.apache.lucene..",
                        "vn.motcua.web..", "vn.motcua.zalo..", "vn.motcua.officer..", "vn.motcua.search..")
                .check(classes);
    }

    @Test
    void onlyAnswerLlmAndTheShellUseTheModelAdapter() {
        noClasses().that().resideOutsideOfPackages("vn.motcua.answer.llm..", "vn.motcua.app..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.answer.llm..")
                .check(classes);
    }

    @Test
    void webUsesThePipelineNotSearch() {
        noClasses().that().resideInAPackage("vn.motcua.web..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.search..", "vn.motcua.eval..", "vn.motcua.zalo..",
                        "vn.motcua.officer..", "org.apache.lucene..", "dev.langchain4j..")
                .check(classes);
    }

    @Test
    void javalinStaysAtTheEdges() {
        noClasses().that().resideOutsideOfPackages("vn.motcua.web..", "vn.motcua.zalo..", "vn.motcua.officer..", "vn.motcua.app..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(classes);
    }

    @Test
    void storeUsesOnlyTheJdkJdbcAndJackson() {
        noClasses().that().resideInAPackage("vn.motcua.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.motcua.catalog..", "vn.motcua.search..", "vn.motcua.answer..", "vn.motcua.chat..", "vn.motcua.web..",
                        "vn.motcua.zalo..", "vn.motcua.officer..", "vn.motcua.eval..",
                        "io.javalin..", "okhttp3..", "dev.langchain4j..", "org.apache.lucene..", "picocli..")
                .check(classes);
    }

    @Test
    void jdbcLibrariesStayInStore() {
        noClasses().that().resideOutsideOfPackages("vn.motcua.store..")
                .should().dependOnClassesThat().resideInAnyPackage("com.zaxxer.hikari..", "org.flywaydb..", "org.sqlite..", "org.postgresql..")
                .check(classes);
    }

    @Test
    void zaloUsesThePipelineAndTheStoreOnly() {
        noClasses().that().resideInAPackage("vn.motcua.zalo..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.web..", "vn.motcua.officer..", "vn.motcua.search..",
                        "vn.motcua.eval..", "vn.motcua.app..", "org.apache.lucene..", "dev.langchain4j..")
                .check(classes);
    }

    @Test
    void onlyTheShellDependsOnZalo() {
        noClasses().that().resideOutsideOfPackages("vn.motcua.zalo..", "vn.motcua.app..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.zalo..")
                .check(classes);
    }

    @Test
    void okhttpStaysInZalo() {
        noClasses().that().resideOutsideOfPackages("vn.motcua.zalo..", "vn.motcua.app..")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .check(classes);
    }

    @Test
    void onlyTheOfficerPackageWidensASearchAudience() {
        noClasses().that().resideOutsideOfPackages("vn.motcua.officer..", "vn.motcua.search..")
                .should().callMethod(vn.motcua.search.Audience.class, "officer", String.class)
                .check(classes);
    }

    @Test
    void theInternalCollectionIsReadOnlyThroughTheGuidanceSearcherOrTheOfficerAnswers() {
        noClasses().that().resideOutsideOfPackages("vn.motcua.officer..", "vn.motcua.search..", "vn.motcua.answer..", "vn.motcua.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.motcua.search.GuidanceSearcher")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.motcua.answer.OfficerAnswers")
                .check(classes);
    }

    @Test
    void zaloNeverReachesInternalGuidanceNorAnOfficerAudience() {
        noClasses().that().resideInAPackage("vn.motcua.zalo..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.motcua.answer.OfficerAnswers")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.motcua.search.Audience")
                .check(classes);
    }
}
