// Package simchain runs an in-process chain (go-ethereum's ethclient/simulated) pinned
// to current Ethereum mainnet rules, with deterministic funded accounts, for tests and
// gas measurement of weft's contracts.
//
// The simulated backend's default configuration enables forks that are not live on
// mainnet (Amsterdam, Bogota), whose storage repricing makes new slots several times
// dearer; Chain copies that configuration with those forks switched off, so gas figures
// match mainnet (Osaka) execution.
//
//	ch := simchain.New(4)       // four funded accounts derived from fixed seeds
//	defer ch.Close()
//	tx, _ := bind.Transact(c, ch.Opts(0), data)
//	rs, _ := ch.Mine(tx)        // seals a block, returns the receipts
//	fmt.Println(rs[0].GasUsed)
package simchain
