/**
 * The coordination association (samordningsförbund): its identity, currency and charter, and the
 * everyday entry point for computing its members' contributions.
 */
@NullMarked
package se.finsam.association;

import org.jspecify.annotations.NullMarked;
