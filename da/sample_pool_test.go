package da

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSamplerInPool: a node's sample answers join the check of its custody
// pieces. Good answers pass in one shared check; a tampered answer and an
// answer to another seed are bisected out and named by their tags (the lying
// peers), their columns stay unpassed, and the honest retries pass after.
func TestSamplerInPool(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(31, 5))
	pool := NewPool(NewVerifier(rand.NewChaCha8([32]byte{9})))
	custody, err := pool.Column(f.block, 0)
	if err != nil {
		t.Fatal(err)
	}
	src := f.source(t, 0)
	s, err := NewSampler(f.block, 5, rng)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Join(pool); err != nil {
		t.Fatal(err)
	}
	chs := s.Challenges()
	answers := make([]*SampleAnswer, len(chs))
	for i, ch := range chs {
		if ch.Column == 0 { // the custody column: the tests' seed does not sample it
			t.Fatal("sampled the custody column")
		}
		if answers[i], err = f.source(t, int(ch.Column)).Answer(ch); err != nil {
			t.Fatal(err)
		}
	}
	// Two custody pieces and three answers, one tampered (peer 102) and one
	// to another seed (peer 103): one check, then bisection.
	for i := range 2 {
		p, _ := src.Recode(rng)
		if err := custody.Offer(p, i); err != nil {
			t.Fatal(err)
		}
	}
	bad := *answers[1]
	bad.Cell[70] ^= 1
	other := chs[2]
	other.Seed[3] ^= 1
	stale, _ := f.source(t, int(other.Column)).Answer(other)
	for _, x := range []struct {
		tag int
		a   *SampleAnswer
	}{{100, answers[0]}, {102, &bad}, {103, stale}} {
		if err := s.Offer(x.a, x.tag); err != nil {
			t.Fatal(err)
		}
	}
	if pool.Pending() != 5 || pool.Columns() != 2 || s.Completes() || pool.Finishes() {
		t.Fatalf("pending %d queues %d completes %v finishes %v", pool.Pending(), pool.Columns(), s.Completes(), pool.Finishes())
	}
	if err := pool.Flush(); err != nil {
		t.Fatal(err)
	}
	if pool.Checks() < 3 {
		t.Fatalf("%d checks: a bad batch must be bisected", pool.Checks())
	}
	acc, rej, err := s.Flush()
	slices.Sort(rej)
	if err != nil || !slices.Equal(acc, []int{100}) || !slices.Equal(rej, []int{102, 103}) {
		t.Fatalf("sampler: accepted %v rejected %v err %v", acc, rej, err)
	}
	for _, tag := range rej {
		if Points(ErrProof) == 0 {
			t.Fatalf("peer %d not penalised", tag)
		}
	}
	if acc, rej, err := custody.Flush(); err != nil || len(acc) != 2 || len(rej) != 0 {
		t.Fatalf("custody pieces lost to a bad answer: %v %v %v", acc, rej, err)
	}
	if s.Passed() != 1 || s.Failures() != 2 {
		t.Fatalf("passed %d failures %d", s.Passed(), s.Failures())
	}
	// A repeat of a passed column costs nothing and is no offence.
	if err := s.Offer(answers[0], 100); !errors.Is(err, ErrNotInnovative) || Points(err) != 0 {
		t.Fatalf("answer to a passed column: %v", err)
	}
	// The rest: the custody column's last piece and every missing answer
	// finish the pool; the checks share one more flush.
	for i := 1; i < len(answers); i++ {
		if err := s.Offer(answers[i], 200+i); err != nil {
			t.Fatal(err)
		}
	}
	if !s.Completes() || pool.Finishes() {
		t.Fatalf("sampling completes %v, pool finishes %v before the custody column", s.Completes(), pool.Finishes())
	}
	for !custody.Full() && !pool.Finishes() {
		p, _ := src.Recode(rng)
		if err := custody.Offer(p, 9); err != nil && !errors.Is(err, ErrNotInnovative) {
			t.Fatal(err)
		}
	}
	if !pool.Completes() || !pool.Finishes() {
		t.Fatal("the queue completes the custody column and the sampling")
	}
	before := pool.Checks()
	if err := pool.Flush(); err != nil || pool.Checks() != before+1 {
		t.Fatalf("flush: %v, %d checks", err, pool.Checks()-before)
	}
	if _, rej, err := s.Flush(); err != nil || len(rej) != 0 || !s.Done() || !custody.Full() {
		t.Fatalf("rejected %v err %v done %v full %v", rej, err, s.Done(), custody.Full())
	}
	if got, want := s.Confidence(), 1-FooledProbability(5); got != want {
		t.Fatalf("confidence %v want %v", got, want)
	}
}

// TestSamplerOfferRefuses: answers refused before any pairing, with typed
// errors, and standalone batches (a sampler in no pool).
func TestSamplerOfferRefuses(t *testing.T) {
	f := getFixture(t)
	rng := rand.New(rand.NewPCG(32, 6))
	s, err := NewSampler(f.block, 3, rng)
	if err != nil {
		t.Fatal(err)
	}
	ch := s.Challenges()[0]
	good, err := f.source(t, int(ch.Column)).Answer(ch)
	if err != nil {
		t.Fatal(err)
	}
	wrongBlock := *good
	wrongBlock.Root = f.other.Root
	unasked := *good
	unasked.Column = 127
	for _, c := range s.Challenges() {
		if c.Column == 127 {
			unasked.Column = 126
		}
	}
	malformed := *good
	copy(malformed.Cell[32:64], []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	identity := *good
	identity.Proof = Proof{0xc0}
	for _, tc := range []struct {
		name string
		a    *SampleAnswer
		want error
	}{
		{"another block", &wrongBlock, ErrWrongBlock},
		{"unasked column", &unasked, ErrWrongColumn},
		{"non-canonical scalar", &malformed, ErrMalformed},
		{"identity proof", &identity, ErrIdentity},
	} {
		if err := s.Offer(tc.a, 1); !errors.Is(err, tc.want) || Points(err) == 0 {
			t.Fatalf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	if s.Pending() != 0 {
		t.Fatalf("%d refused answers queued", s.Pending())
	}
	if err := s.Offer(good, 7); err != nil {
		t.Fatal(err)
	}
	if err := s.Join(NewPool(nil)); !errors.Is(err, ErrConfig) {
		t.Fatalf("join with answers pending: %v", err)
	}
	acc, rej, err := s.Flush()
	if err != nil || !slices.Equal(acc, []int{7}) || len(rej) != 0 || s.Passed() != 1 {
		t.Fatalf("standalone flush: %v %v %v, passed %d", acc, rej, err, s.Passed())
	}
	// A failed random source drops the queue and blames nobody.
	s2, _ := NewSampler(f.block, 3, rand.New(rand.NewPCG(32, 6)))
	s2.ver = NewVerifier(failingReader{})
	ch2 := s2.Challenges()
	for i := range 2 {
		a, _ := f.source(t, int(ch2[i].Column)).Answer(ch2[i])
		_ = s2.Offer(a, i)
	}
	if _, _, err := s2.Flush(); err == nil || s2.Failures() != 0 || s2.Passed() != 0 {
		t.Fatalf("failed source: %v, failures %d", err, s2.Failures())
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("no entropy") }
