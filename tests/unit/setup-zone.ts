// Unit tests run under an odd time zone (+05:45, no daylight saving) so code that leans on the
// process's zone shows. Set in the test process itself, so it holds from an editor's runner too
// (Node re-reads the zone when TZ is assigned).
process.env.TZ = "Asia/Kathmandu";
