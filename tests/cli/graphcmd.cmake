# kgraph neighbors, path, rank and stats (tests/cli/graphcmd.sh): exact outputs on a small hand-written
# graph and on the example articles' graph, GraphML answering like JSON, and every error path.
kgraph_cli_cases(graphcmd.sh LABELS cli CASES
  graphcmd_neighbors_by_arabic_alias
  graphcmd_neighbors_depth_direction_table
  graphcmd_neighbors_relation_filter_jsonl
  graphcmd_unknown_name_exits_1
  graphcmd_ambiguous_name_exits_1
  graphcmd_path_arabic_id
  graphcmd_path_all_numbered
  graphcmd_path_directed_and_money
  graphcmd_no_path_exits_0
  graphcmd_path_same_entity_exits_2
  graphcmd_rank_degree
  graphcmd_rank_betweenness
  graphcmd_rank_pagerank
  graphcmd_large_graph_limits
  graphcmd_stats_table
  graphcmd_stats_jsonl_for_scripts
  graphcmd_examples_amazon_to_nvidia
  graphcmd_examples_stats_agree_with_build
  graphcmd_graphml_answers_like_json
  graphcmd_bad_graph_file_exits_1
  graphcmd_usage_errors_exit_2
  graphcmd_help_exits_0)
