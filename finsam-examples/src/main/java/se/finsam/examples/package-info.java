/**
 * Runnable examples of the finsam Java API. Run one with
 * {@code java -cp "finsam-examples/target/finsam-examples-0.1.0-SNAPSHOT.jar:finsam-examples/target/lib/*" se.finsam.examples.RarSormland2007}.
 */
@NullMarked
package se.finsam.examples;

import org.jspecify.annotations.NullMarked;
