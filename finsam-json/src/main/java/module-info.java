/**
 * Reads and writes finsam documents with Jackson: the facade {@code se.finsam.json.FinsamJson} and the
 * Jackson module {@code se.finsam.json.FinsamModule}, also found by {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <p>Only {@code se.finsam.json} is exported. The packages of the kinds of document ({@code plan},
 * {@code national}, {@code indicator}, {@code followup}, {@code socioeconomic}) and the tree machinery ({@code internal}) serve the
 * facade and are not API. Nothing is opened: every value is read from and written to Jackson's tree and
 * token APIs by finsam's own code, never by reflection.
 */
module se.finsam.json {
    requires transitive se.finsam.core;
    requires transitive com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports se.finsam.json;

    provides com.fasterxml.jackson.databind.Module with se.finsam.json.FinsamModule;
}
