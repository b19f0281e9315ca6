// A full check of an opened MMDB file (internal to core/enrich: uses libmaxminddb types).
#pragma once

#include <maxminddb.h>

#include <string>

#include "core/enrich/mmdb_database.h"

namespace flowscope {

// Reads every node of the search tree (reachable or not) and decodes every data record a node
// points to. Fails with Corrupt and a reason ("its search tree points outside the file") when
// a record points into the separator or past the data section, a record points back to the
// root (a loop), a data record does not decode, or a string in it is not UTF-8. Counts the records
// with country and AS fields into `contents`. The reason is a sentence fragment, without the file
// name.
Status verifyMmdb(const MMDB_s& mmdb, MmdbContents& contents);

// A libmaxminddb status as a short clause for a sentence: "its data section holds bad data".
std::string mmdbProblem(int status);

}  // namespace flowscope
