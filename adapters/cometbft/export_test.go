package weftcmt

// SetCorrupt makes r alter every block it publishes, as a Byzantine proposer
// would (tests only).
func SetCorrupt(r *Reactor, f func([]byte) []byte) { r.corrupt = f }
