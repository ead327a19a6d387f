package org.pdpguard.protect;

import org.pdpguard.core.EntityType;

/**
 * A finding inside one value (a CSV cell, a JSON string), offsets in the value.
 *
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param type the personal-data type
 */
record Hit(int start, int end, EntityType type) {}
