#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

// Node types of the GFM extensions: exported by libcmark-gfm-extensions
// but not declared in any installed header.
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;
