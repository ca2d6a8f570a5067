package contracts_test

import (
	"math/rand"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestRegistryModel drives NodeRegistry with random register, update and remove calls
// (fixed seed) and checks after each step that resolve() of every operator equals a
// simple model (as a set), that nodeInfo agrees, and that sequence numbers never go down.
func TestRegistryModel(t *testing.T) {
	steps := 80
	if testing.Short() {
		steps = 30
	}
	e := newEnv(t)
	rng := rand.New(rand.NewSource(3))
	ops := []int{alice, bob, carol}
	type nodeState struct {
		op     int // -1: not registered
		seq    uint64
		record []byte
	}
	model := map[common.Address]*nodeState{}
	keys := e.nodeKs[:6]
	for _, k := range keys {
		model[nodeAddr(k)] = &nodeState{op: -1}
	}
	for step := 0; step < steps; step++ {
		k := keys[rng.Intn(len(keys))]
		n := nodeAddr(k)
		st := model[n]
		op := ops[rng.Intn(len(ops))]
		seq := st.seq + uint64(rng.Intn(3)) // sometimes not increasing: must be refused
		rec := []byte{byte(step), byte(seq), 'r'}
		var err error
		switch rng.Intn(3) {
		case 0: // register
			err = e.try(e.reg, op, nil, regABI.PackRegister(n, seq, rec, e.signRecord(k, e.addr(op), seq, rec)))
			wantOK := st.op < 0 && seq > st.seq
			if (err == nil) != wantOK {
				t.Fatalf("step %d: register(seq %d, last %d, registered %v) err=%v", step, seq, st.seq, st.op >= 0, err)
			}
			if err == nil {
				st.op, st.seq, st.record = op, seq, rec
			}
		case 1: // update by whoever
			err = e.try(e.reg, op, nil, regABI.PackUpdateRecord(n, seq, rec, e.signRecord(k, e.addr(op), seq, rec)))
			wantOK := st.op == op && seq > st.seq
			if (err == nil) != wantOK {
				t.Fatalf("step %d: update err=%v want ok %v", step, err, wantOK)
			}
			if err == nil {
				st.seq, st.record = seq, rec
			}
		case 2: // remove by whoever
			err = e.try(e.reg, op, nil, regABI.PackRemove(n))
			wantOK := st.op == op
			if (err == nil) != wantOK {
				t.Fatalf("step %d: remove err=%v want ok %v", step, err, wantOK)
			}
			if err == nil {
				st.op = -1
			}
		}
		// Check the whole registry against the model.
		for _, o := range ops {
			res := call(e, e.reg, regABI.PackResolve(e.addr(o)), regABI.UnpackResolve)
			var want []string
			for a, s := range model {
				if s.op == o {
					want = append(want, a.Hex())
				}
			}
			var got []string
			for i, a := range res.Nodes {
				got = append(got, a.Hex())
				s := model[a]
				if s == nil || res.Seqs[i] != s.seq || res.Hashes[i] != crypto.Keccak256Hash(s.record) {
					t.Fatalf("step %d: resolve(%d) entry %s seq %d, model %+v", step, o, a, res.Seqs[i], s)
				}
			}
			sort.Strings(want)
			sort.Strings(got)
			if len(got) != len(want) {
				t.Fatalf("step %d: operator %d resolves to %v, model %v", step, o, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("step %d: operator %d resolves to %v, model %v", step, o, got, want)
				}
			}
		}
		for a, s := range model {
			info := call(e, e.reg, regABI.PackNodeInfo(a), regABI.UnpackNodeInfo)
			if info.Active != (s.op >= 0) || info.Seq != s.seq {
				t.Fatalf("step %d: nodeInfo(%s) = %+v, model %+v", step, a, info, s)
			}
		}
	}
}
