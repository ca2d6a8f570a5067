package bridge

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/weftnet/weft/contracts"
)

// Delivery is one event of the fabric's delivery accounting: Bytes bytes of coded data
// for message Message arrived from the peer whose node key address is From. Innovative
// is true when the data raised the receiver's rank (it was useful); only innovative
// bytes are paid for.
//
// This is the contract between the core engine and the bridge. core's Tracer reports
// ChunkReceived(from PeerID, id MessageID, n int, useful bool) for every chunk it
// processes; an adapter in the node (which knows which admitted node key stands behind
// each core.PeerID) forwards it as
//
//	sink.Delivered(bridge.Delivery{From: nodeOf[from], Message: id, Bytes: n, Innovative: useful})
//
// The bridge does not import core, so either side can change without breaking the other;
// anything else that moves bytes between nodes can produce Delivery values too (see the
// end-to-end test).
type Delivery struct {
	From       common.Address
	Message    [32]byte
	Bytes      int
	Innovative bool
}

// DeliverySink consumes delivery events. Implementations must be safe for concurrent
// use and must not block: the engine's tracer calls them inline.
type DeliverySink interface {
	Delivered(d Delivery)
}

// MeterConfig configures a payer's Meter.
type MeterConfig struct {
	Chain *Chain
	// Payer is the escrow account that pays; Signer signs its vouchers (the payer key or
	// its authorised hot key).
	Payer  common.Address
	Signer *ecdsa.PrivateKey
	// Token is the payment token; the zero address is ETH.
	Token common.Address
	// PricePerByte is paid per innovative byte, in the token's smallest unit. Required, > 0.
	PricePerByte *big.Int
	// VoucherEvery is how many unvouchered innovative bytes from one relay trigger a new
	// cumulative voucher. It bounds what a relay risks on an unpaid payer. Required, > 0.
	VoucherEvery int64
	// Lifetime of each voucher; must not exceed the contract's voucherLifetime. Required.
	Lifetime time.Duration
	// Epoch of the payer's vouchers (RelayPayments.payerInfo); after bumpEpoch, SetEpoch.
	Epoch uint64
	// PayeeOf maps a delivering node to the address that is paid for it (normally the
	// node's operator, as learned in the admission handshake). Deliveries from nodes it
	// does not know are counted as unpaid and otherwise ignored. Required.
	PayeeOf func(node common.Address) (common.Address, bool)
	// Now is the clock for voucher expiry (chain time is best). Required.
	Now func() time.Time
}

func (c MeterConfig) validate() error {
	switch {
	case c.Chain == nil:
		return errors.New("bridge: MeterConfig.Chain is nil")
	case c.Signer == nil:
		return errors.New("bridge: MeterConfig.Signer is nil")
	case c.PricePerByte == nil || c.PricePerByte.Sign() <= 0:
		return errors.New("bridge: MeterConfig.PricePerByte must be > 0")
	case c.VoucherEvery <= 0:
		return errors.New("bridge: MeterConfig.VoucherEvery must be > 0")
	case c.Lifetime < time.Second:
		return errors.New("bridge: MeterConfig.Lifetime must be at least 1s")
	case c.PayeeOf == nil || c.Now == nil:
		return errors.New("bridge: MeterConfig.PayeeOf and Now are required")
	}
	return nil
}

// MeterStats summarises what a Meter has seen.
type MeterStats struct {
	InnovativeBytes int64 // paid for
	RedundantBytes  int64 // not innovative: not paid
	UnknownBytes    int64 // from nodes with no payee: not paid
	Vouchers        int
}

// Meter is the payer side of accounting. It counts innovative bytes per relay and signs
// a new cumulative voucher each VoucherEvery bytes; the vouchers wait in an outbox for
// the caller to send to their relays. Safe for concurrent use.
type Meter struct {
	cfg MeterConfig

	mu     sync.Mutex
	relays map[common.Address]*meterRelay
	outbox []contracts.SignedVoucher
	stats  MeterStats
	err    error
}

type meterRelay struct {
	bytes      int64    // innovative bytes ever received
	vouchered  int64    // bytes covered by the last voucher
	cumulative *big.Int // amount of the last voucher
	base       *big.Int // cumulative already owed before this Meter started (see SetBase)
}

// NewMeter validates cfg and returns a Meter.
func NewMeter(cfg MeterConfig) (*Meter, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	return &Meter{cfg: cfg, relays: map[common.Address]*meterRelay{}}, nil
}

var _ DeliverySink = (*Meter)(nil)

// SetBase tells the meter that relay was already owed `amount` (its channel's paid
// amount on chain, or the last voucher issued before a restart): cumulative vouchers
// continue from there.
func (m *Meter) SetBase(relay common.Address, amount *big.Int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.relay(relay).base = new(big.Int).Set(amount)
}

// SetEpoch switches to a new epoch (after bumpEpoch): later vouchers carry it.
func (m *Meter) SetEpoch(e uint64) {
	m.mu.Lock()
	m.cfg.Epoch = e
	m.mu.Unlock()
}

func (m *Meter) relay(a common.Address) *meterRelay {
	r := m.relays[a]
	if r == nil {
		r = &meterRelay{cumulative: new(big.Int), base: new(big.Int)}
		m.relays[a] = r
	}
	return r
}

// Delivered records a delivery and, when the relay's unvouchered bytes reach
// VoucherEvery, signs a voucher into the outbox.
func (m *Meter) Delivered(d Delivery) {
	if d.Bytes <= 0 {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !d.Innovative {
		m.stats.RedundantBytes += int64(d.Bytes)
		return
	}
	payee, ok := m.cfg.PayeeOf(d.From)
	if !ok {
		m.stats.UnknownBytes += int64(d.Bytes)
		return
	}
	m.stats.InnovativeBytes += int64(d.Bytes)
	r := m.relay(payee)
	r.bytes += int64(d.Bytes)
	if r.bytes-r.vouchered >= m.cfg.VoucherEvery {
		m.sign(payee, r)
	}
}

// Flush signs a voucher for every relay with unvouchered bytes (e.g. when a session
// ends) and returns the outbox.
func (m *Meter) Flush() []contracts.SignedVoucher {
	m.mu.Lock()
	defer m.mu.Unlock()
	addrs := make([]common.Address, 0, len(m.relays))
	for a, r := range m.relays {
		if r.bytes > r.vouchered {
			addrs = append(addrs, a)
		}
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Cmp(addrs[j]) < 0 })
	for _, a := range addrs {
		m.sign(a, m.relays[a])
	}
	return m.drain()
}

// Drain returns and clears the outbox.
func (m *Meter) Drain() []contracts.SignedVoucher {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.drain()
}

func (m *Meter) drain() []contracts.SignedVoucher {
	out := m.outbox
	m.outbox = nil
	return out
}

// Stats returns counters; Err the first signing error (vouchers stop being issued to
// a relay whose voucher failed to sign, which only a broken key can cause).
func (m *Meter) Stats() MeterStats {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.stats
}

// Err reports the first error met while signing.
func (m *Meter) Err() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.err
}

// Owed returns the innovative bytes received from relay and the cumulative amount of
// the last voucher issued to it.
func (m *Meter) Owed(relay common.Address) (bytes int64, vouchered *big.Int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r := m.relays[relay]
	if r == nil {
		return 0, new(big.Int)
	}
	return r.bytes, new(big.Int).Set(r.cumulative)
}

func (m *Meter) sign(payee common.Address, r *meterRelay) {
	cum := new(big.Int).Mul(big.NewInt(r.bytes), m.cfg.PricePerByte)
	cum.Add(cum, r.base)
	v := contracts.Voucher{
		Payer: m.cfg.Payer, Relay: payee, Token: m.cfg.Token, Cumulative: cum, Epoch: m.cfg.Epoch,
		Expiry: uint64(m.cfg.Now().Add(m.cfg.Lifetime).Unix()),
	}
	sig, err := v.Sign(m.cfg.Signer, m.cfg.Chain.chainID, m.cfg.Chain.addrs.Payments)
	if err != nil {
		if m.err == nil {
			m.err = err
		}
		return
	}
	r.vouchered = r.bytes
	r.cumulative = cum
	m.stats.Vouchers++
	m.outbox = append(m.outbox, contracts.SignedVoucher{Voucher: v, Sig: sig})
}

// CollectorConfig configures a relay's Collector.
type CollectorConfig struct {
	Chain *Chain
	// Relay is the address vouchers must name (the operator that claims).
	Relay common.Address
	// Lifetime is the longest a voucher may still be valid when accepted: the contract's
	// voucherLifetime. Longer-lived vouchers could not be claimed yet and are refused.
	Lifetime time.Duration
	// ClaimMargin: Due reports a voucher once it expires within this margin. Required.
	ClaimMargin time.Duration
}

// Errors of Collector.Accept.
var (
	ErrWrongRelay     = errors.New("bridge: voucher names another relay")
	ErrWrongToken     = errors.New("bridge: voucher for an unexpected token")
	ErrVoucherExpired = errors.New("bridge: voucher expired or expires too late")
	ErrVoucherStale   = errors.New("bridge: voucher does not raise the cumulative amount")
	ErrVoucherSigner  = errors.New("bridge: voucher not signed by the payer or its signer")
	ErrVoucherEpoch   = errors.New("bridge: voucher epoch is not the payer's current epoch")
)

// Collector is the relay side of accounting: it verifies vouchers as they arrive, keeps
// the latest (highest cumulative) per payer and token, and hands them out for batch
// claims before they expire. Safe for concurrent use.
type Collector struct {
	cfg CollectorConfig

	mu      sync.Mutex
	latest  map[payerToken]contracts.SignedVoucher
	urgent  map[common.Address]bool // payers that requested a withdrawal
	signers map[common.Address]payerState
}

type payerToken struct {
	payer, token common.Address
}

type payerState struct {
	signer common.Address
	epoch  uint64
}

// NewCollector validates cfg and returns a Collector.
func NewCollector(cfg CollectorConfig) (*Collector, error) {
	if cfg.Chain == nil || cfg.Relay == (common.Address{}) {
		return nil, errors.New("bridge: CollectorConfig needs Chain and Relay")
	}
	if cfg.Lifetime < time.Second || cfg.ClaimMargin <= 0 {
		return nil, errors.New("bridge: CollectorConfig needs Lifetime ≥ 1s and ClaimMargin > 0")
	}
	return &Collector{cfg: cfg, latest: map[payerToken]contracts.SignedVoucher{},
		urgent: map[common.Address]bool{}, signers: map[common.Address]payerState{}}, nil
}

// Accept verifies a voucher received from a payer at time now and keeps it if it
// raises that payer's cumulative amount. The payer's signer and epoch are read from
// the chain once and then followed through the Watcher (see HandleEvent).
func (c *Collector) Accept(ctx context.Context, now time.Time, sv contracts.SignedVoucher) error {
	v := sv.Voucher
	if v.Relay != c.cfg.Relay {
		return fmt.Errorf("%w: %s", ErrWrongRelay, v.Relay)
	}
	if v.Cumulative == nil || v.Cumulative.Sign() <= 0 {
		return fmt.Errorf("%w: zero amount", ErrVoucherStale)
	}
	t := uint64(now.Unix())
	if v.Expiry <= t || v.Expiry-t > uint64(c.cfg.Lifetime/time.Second) {
		return fmt.Errorf("%w: expiry %d, now %d", ErrVoucherExpired, v.Expiry, t)
	}
	d, err := v.Digest(c.cfg.Chain.chainID, c.cfg.Chain.addrs.Payments)
	if err != nil {
		return err
	}
	signer, err := contracts.Recover(d, sv.Sig)
	if err != nil {
		return err
	}
	ps, err := c.payer(ctx, v.Payer)
	if err != nil {
		return err
	}
	if signer != v.Payer && signer != ps.signer {
		return fmt.Errorf("%w: recovered %s", ErrVoucherSigner, signer)
	}
	if v.Epoch != ps.epoch {
		return fmt.Errorf("%w: %d, current %d", ErrVoucherEpoch, v.Epoch, ps.epoch)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	k := payerToken{v.Payer, v.Token}
	if old, ok := c.latest[k]; ok && old.Cumulative.Cmp(v.Cumulative) >= 0 {
		return fmt.Errorf("%w: %v ≤ held %v", ErrVoucherStale, v.Cumulative, old.Cumulative)
	}
	sv.Cumulative = new(big.Int).Set(v.Cumulative)
	sv.Sig = append([]byte{}, sv.Sig...)
	c.latest[k] = sv
	return nil
}

func (c *Collector) payer(ctx context.Context, payer common.Address) (payerState, error) {
	c.mu.Lock()
	ps, ok := c.signers[payer]
	c.mu.Unlock()
	if ok {
		return ps, nil
	}
	s, e, err := c.cfg.Chain.PayerInfo(ctx, payer)
	if err != nil {
		return payerState{}, err
	}
	ps = payerState{signer: s, epoch: e}
	c.mu.Lock()
	c.signers[payer] = ps
	c.mu.Unlock()
	return ps, nil
}

// Held returns the latest voucher held for payer and token.
func (c *Collector) Held(payer, token common.Address) (contracts.SignedVoucher, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.latest[payerToken{payer, token}]
	return v, ok
}

// Due returns the vouchers to claim now: those expiring within ClaimMargin, and all
// vouchers of payers that asked to withdraw. With all set, every held voucher.
// Ordered by payer and token, for deterministic batches.
func (c *Collector) Due(now time.Time, all bool) []contracts.SignedVoucher {
	c.mu.Lock()
	defer c.mu.Unlock()
	limit := uint64(now.Add(c.cfg.ClaimMargin).Unix())
	var out []contracts.SignedVoucher
	for k, v := range c.latest {
		if all || v.Expiry <= limit || c.urgent[k.payer] {
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Token != out[j].Token {
			return out[i].Token.Cmp(out[j].Token) < 0 // group by token: fewer earnings writes
		}
		return out[i].Payer.Cmp(out[j].Payer) < 0
	})
	return out
}

// Settled drops held vouchers whose cumulative amount is covered by what the chain
// reports paid (call it after a claim is mined, with the payer's channel state).
func (c *Collector) Settled(payer, token common.Address, paid *big.Int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := payerToken{payer, token}
	if v, ok := c.latest[k]; ok && v.Cumulative.Cmp(paid) <= 0 {
		delete(c.latest, k)
	}
	delete(c.urgent, payer)
}

// Drop forgets vouchers that can no longer be claimed (expired, or of an old epoch).
func (c *Collector) Drop(now time.Time) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	t := uint64(now.Unix())
	for k, v := range c.latest {
		ps, ok := c.signers[k.payer]
		if v.Expiry < t || (ok && v.Epoch != ps.epoch) {
			delete(c.latest, k)
			n++
		}
	}
	return n
}

// HandleEvent updates the collector from chain events (see Watcher): a payer's new
// signer or epoch, and withdrawal requests, after which its vouchers are due at once.
func (c *Collector) HandleEvent(ev Event) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch e := ev.(type) {
	case EpochBumped:
		ps := c.signers[e.Payer]
		if _, ok := c.signers[e.Payer]; ok {
			ps.epoch = e.Epoch
			c.signers[e.Payer] = ps
		}
	case SignerChanged:
		if ps, ok := c.signers[e.Payer]; ok {
			ps.signer = e.Signer
			c.signers[e.Payer] = ps
		}
	case WithdrawalRequested:
		c.urgent[e.Payer] = true
	}
}

// PayeeBook maps admitted nodes to their operators, for MeterConfig.PayeeOf. Safe for
// concurrent use.
type PayeeBook struct {
	mu sync.RWMutex
	m  map[common.Address]common.Address
}

// Add records that node is paid through operator (from an admitted Claim).
func (b *PayeeBook) Add(node, operator common.Address) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.m == nil {
		b.m = map[common.Address]common.Address{}
	}
	b.m[node] = operator
}

// PayeeOf implements MeterConfig.PayeeOf.
func (b *PayeeBook) PayeeOf(node common.Address) (common.Address, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	op, ok := b.m[node]
	return op, ok
}
