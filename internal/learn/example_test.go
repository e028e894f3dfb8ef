package learn_test

import (
	"fmt"
	"os"

	"github.com/newswire/newswire/internal/learn"
)

func Example() {
	// Events told as reported are right less often than those stated.
	var data []learn.Example
	for i := range 20 {
		group := []string{"setA", "setB"}[i%2]
		data = append(data,
			learn.Example{Features: []string{"verb"}, Label: true, Group: group},
			learn.Example{Features: []string{"verb", "reported"}, Label: i%8 < 2, Group: group})
	}
	m, err := learn.Train(data, learn.Config{L2: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("stated %.2f, reported %.2f\n", m.Predict([]string{"verb"}), m.Predict([]string{"verb", "reported"}))

	folds, preds, err := learn.CrossValidate(data, learn.Config{L2: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range folds {
		fmt.Printf("%s: log-loss %.3f, constant %.3f\n", f.Group, f.LogLoss, f.Constant)
	}
	t, c := learn.BestThreshold(preds, 0)
	fmt.Printf("threshold %.2f: F1 %.3f\n", t, c.F1())
	_ = m.WriteTable(os.Stdout, "base", func(f string) string { return "the weight of " + f }, false)
	// Output:
	// stated 0.88, reported 0.42
	// setA: log-loss 0.429, constant 0.648
	// setB: log-loss 0.429, constant 0.648
	// threshold 0.65: F1 0.870
	// base	2.0165	the weight of base
	// reported	-2.3496	the weight of reported
}
