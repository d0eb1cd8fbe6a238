/**
 * Not API: the tree machinery that every kind of document shares, public only so that the facade
 * ({@code se.finsam.json}) and the packages of the kinds can use it. Nothing outside finsam-json uses it (an
 * ArchUnit rule holds that), and it may change in any release.
 *
 * <p>{@link se.finsam.json.internal.JsonText} parses bytes into a tree strictly and within the
 * {@link se.finsam.json.internal.Limits}, with {@link se.finsam.json.internal.TreeBuilder} and
 * {@link se.finsam.json.internal.Utf8}; {@link se.finsam.json.internal.TreeReader} walks a tree and collects
 * every violation with its {@link se.finsam.json.internal.Pointer}, each of its readers giving a
 * {@link se.finsam.json.internal.Read} (the value, or "reported": its violation recorded), never null; {@link se.finsam.json.internal.CharterReader}
 * and {@link se.finsam.json.internal.StatisticsReader} read what two kinds share. Each kind is described by a
 * {@link se.finsam.json.internal.DocumentDescriptor}, which registers its values with the module through the
 * {@link se.finsam.json.internal.ModuleRegistry}.
 */
@NullMarked
package se.finsam.json.internal;

import org.jspecify.annotations.NullMarked;
