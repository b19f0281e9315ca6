add_executable(bench_model_update ${CMAKE_CURRENT_LIST_DIR}/model_update_bench.cpp)
flowscope_warnings(bench_model_update)
target_link_libraries(bench_model_update PRIVATE flowscope::ui)
