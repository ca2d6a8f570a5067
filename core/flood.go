package core

import (
	"bytes"
	"crypto/sha256"
	"fmt"
)

// Flood is the naive baseline: the whole message in one chunk frame, sent to every
// peer that has not sent it to us, checked against the signed SHA-256 digest.
type Flood struct{}

// ID implements Strategy.
func (Flood) ID() StrategyID { return StrategyFlood }

// Publish implements Strategy.
func (Flood) Publish(env *Env, h *Header, payload []byte, _ Shape) (Session, error) {
	d := sha256.Sum256(payload)
	env.Costs.Add(OpHash, len(payload))
	h.ChunkSize, h.Chunks, h.GenSize = max(1, h.Size), 1, 1
	h.Auth = d[:]
	return &floodSession{env: env, size: int(h.Size), digest: d, msg: payload, done: true}, nil
}

// Open implements Strategy.
func (Flood) Open(env *Env, h *Header) (Session, error) {
	if len(h.Auth) != sha256.Size || h.Chunks != 1 || h.GenSize != 1 || h.ChunkSize != max(1, h.Size) {
		return nil, fmt.Errorf("%w: flood header shape", ErrMalformed)
	}
	return &floodSession{env: env, size: int(h.Size), digest: [32]byte(h.Auth)}, nil
}

type floodSession struct {
	env    *Env
	size   int
	digest [32]byte
	msg    []byte
	done   bool
	has    []bool // has[slot]: the peer has the message (sent it, or we sent it)
}

func (f *floodSession) Reserve() int64 { return int64(f.size) }
func (f *floodSession) AddLink()       { f.has = append(f.has, false) }

func (f *floodSession) Chunk(slot int, body []byte) (bool, error) {
	f.has[slot] = true
	if len(body) != f.size {
		return false, fmt.Errorf("%w: flood chunk of %d bytes, want %d", ErrMalformed, len(body), f.size)
	}
	if f.done {
		return false, nil
	}
	f.env.Costs.Add(OpHash, len(body))
	if sha256.Sum256(body) != f.digest {
		return false, ErrInvalidChunk
	}
	f.msg = bytes.Clone(body)
	f.env.Costs.Add(OpCopy, len(body))
	f.done = true
	return true, nil
}

func (f *floodSession) Have(slot int, body []byte) error {
	if len(body) != 0 {
		return fmt.Errorf("%w: flood have with a body", ErrMalformed)
	}
	return nil
}

func (f *floodSession) PeerDone(slot int) { f.has[slot] = true }

func (f *floodSession) Emit(slot int, dst []byte) ([]byte, bool) {
	if !f.done || f.has[slot] {
		return dst, false
	}
	f.has[slot] = true
	f.env.Costs.Add(OpCopy, len(f.msg))
	return append(dst, f.msg...), true
}

func (f *floodSession) EmitSize() int                               { return f.size }
func (f *floodSession) AppendHave(_ int, _ bool, dst []byte) []byte { return dst }
func (f *floodSession) HaveDue(int) bool                            { return false }
func (f *floodSession) Progress() (int, int) {
	if f.done {
		return 1, 1
	}
	return 0, 1
}
func (f *floodSession) Complete() bool  { return f.done }
func (f *floodSession) Message() []byte { return f.msg }
func (f *floodSession) Release()        { f.msg, f.has = nil, nil }
